package dev.awsmfa.cli;

import dev.awsmfa.Services;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The one wiring point of the command line, shared by {@code Main} and the tests. */
public final class Cli {
    private Cli() {
    }

    public static CommandLine create(Services services, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new AwsMfaCommand(services));
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine;
    }

    public static int run(String[] args, Services services) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return create(services, out, err).execute(args);
    }
}
