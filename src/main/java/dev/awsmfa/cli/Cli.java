package dev.awsmfa.cli;

import dev.awsmfa.Services;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;

/** The one wiring point of the command line, shared by {@code Main} and the tests. */
public final class Cli {
    private Cli() {
    }

    public static CommandLine create(Services services, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new AwsMfaCommand(services));
        commandLine.setOut(out);
        commandLine.setErr(err);
        ErrorHandler errors = new ErrorHandler();
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // Everything after the command's name belongs to it, options included.
        commandLine.getSubcommands().get("exec").setStopAtPositional(true);
        return commandLine;
    }

    public static int run(String[] args, Services services) {
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
        try {
            return create(services, out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
