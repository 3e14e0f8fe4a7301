package dev.awsmfa.cli;

import dev.awsmfa.Services;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Collection;
import picocli.CommandLine;

/** The one wiring point of the command line, shared by {@code Main} and the tests. */
public final class Cli {
    private Cli() {
    }

    /** The whole command tree, every subcommand included. */
    public static CommandLine create(Services services, PrintWriter out, PrintWriter err) {
        return create(services, out, err, Subcommands.ALL);
    }

    /**
     * The command tree with only the named subcommands: each one is a model and a {@code CommandLine}
     * to build, and a run that needs none of them starts faster.
     */
    static CommandLine create(Services services, PrintWriter out, PrintWriter err, Collection<String> subcommands) {
        // Every CommandLine registers converters for java.time, java.sql and java.nio types by
        // reflection (~12 ms of each start); no option of awsmfa has such a type.
        System.setProperty("picocli.converters.excludes", ".*");
        CommandLine commandLine = new CommandLine(PicocliModel.of(new AwsMfaCommand(services)), PlainFactory.INSTANCE);
        for (String name : subcommands) {
            commandLine.addSubcommand(name, new CommandLine(Subcommands.model(name, services), PlainFactory.INSTANCE));
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        ErrorHandler errors = new ErrorHandler();
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    public static int run(String[] args, Services services) {
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
        try {
            return execute(args, services, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs one command line: read by the {@link QuickParser} when it can, by picocli otherwise. */
    public static int execute(String[] args, Services services, PrintWriter out, PrintWriter err) {
        QuickParser.Run quick = QuickParser.parse(args, services);
        if (quick != null) {
            return quick.run(out, err);
        }
        return create(services, out, err, Subcommands.neededFor(args)).execute(args);
    }
}
