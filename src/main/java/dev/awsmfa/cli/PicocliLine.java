package dev.awsmfa.cli;

import dev.awsmfa.Services;
import java.io.PrintWriter;
import java.util.Collection;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command lines the {@link QuickParser} leaves alone, read by picocli. A class of its own: the
 * picocli types its code names are loaded when a class is verified, and the quick path loads none.
 */
final class PicocliLine {
    private PicocliLine() {
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
        // A profile may be named like a command: "--profile console" names the profile.
        commandLine.setAllowSubcommandsAsOptionParameters(true);
        return commandLine;
    }

    static int run(String[] args, Services services, PrintWriter out, PrintWriter err) {
        Collection<String> needed = Subcommands.neededFor(args);
        CommandLine root = create(services, out, err, needed);
        ParseResult parsed;
        try {
            parsed = root.parseArgs(args);
        } catch (ParameterException e) {
            return refused(e, args, services, out, err, needed.size() < Subcommands.ALL.size());
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

    /**
     * A usage error: a word the root did not know may be a mistyped command, which it can suggest only with every
     * command in its model, so the line is parsed again with them (an error costs no one's start-up).
     */
    private static int refused(ParameterException e, String[] args, Services services, PrintWriter out,
            PrintWriter err, boolean someCommandsLeftOut) {
        if (someCommandsLeftOut && e instanceof UnmatchedArgumentException
                && e.getCommandLine().getCommandSpec().parent() == null) {
            try {
                create(services, out, err, Subcommands.ALL).parseArgs(args);
            } catch (ParameterException again) {
                return refused(again, args, services, out, err, false);
            }
        }
        return Invocation.usage(UsageMessage.of(e, services), e.getCommandLine().getCommandSpec().qualifiedName(), err);
    }
}
