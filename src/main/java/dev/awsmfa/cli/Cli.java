package dev.awsmfa.cli;

import dev.awsmfa.Services;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Collection;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** A command line's one wiring point: the {@link QuickParser} when it can, else picocli; then an {@link Invocation}. */
public final class Cli {
    private Cli() {
    }

    /** The whole command tree, every subcommand included: help, completion and the man page. */
    public static CommandLine create(Services services, PrintWriter out, PrintWriter err) {
        return create(services, out, err, Subcommands.ALL);
    }

    /** With only the named subcommands: each is a model and a CommandLine to build, which a run may not need. */
    static CommandLine create(Services services, PrintWriter out, PrintWriter err, Collection<String> subcommands) {
        // Every CommandLine registers converters for java.time, java.sql and java.nio types by
        // reflection (~12 ms of each start); no option of awsmfa has such a type.
        System.setProperty("picocli.converters.excludes", ".*");
        CommandLine commandLine = new CommandLine(PicocliModel.of(new AwsMfaCommand(services)), PlainFactory.INSTANCE);
        for (String name : subcommands) {
            commandLine.addSubcommand(name, new CommandLine(PicocliModel.of(Subcommands.command(name, services)),
                    PlainFactory.INSTANCE));
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    public static int run(String[] args, Services services) {
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        try {
            return execute(args, services, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    public static int execute(String[] args, Services services, PrintWriter out, PrintWriter err) {
        Invocation invocation = QuickParser.parse(args, services);
        if (invocation != null) {
            return invocation.run(out, err);
        }
        CommandLine root = create(services, out, err, Subcommands.neededFor(args));
        ParseResult parsed;
        try {
            parsed = root.parseArgs(args);
        } catch (ParameterException e) {
            return Invocation.usage(e.getMessage(), e.getCommandLine().getCommandSpec().qualifiedName(), err);
        }
        Integer helped = CommandLine.executeHelpRequest(parsed);
        if (helped != null) {
            return helped;
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return new Invocation((Command) parsed.commandSpec().userObject(), new SpecArguments(parsed.commandSpec()))
                .run(out, err);
    }
}
