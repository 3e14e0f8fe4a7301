package dev.awsmfa.cli;

import dev.awsmfa.Services;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import picocli.CommandLine;

/** A command line's one wiring point: the {@link QuickParser} when it can, else picocli; then an {@link Invocation}. */
public final class Cli {
    private Cli() {
    }

    /** The whole command tree, every subcommand included: help, completion and the man page. */
    public static CommandLine create(Services services, PrintWriter out, PrintWriter err) {
        return PicocliLine.create(services, out, err, Subcommands.ALL);
    }

    public static int run(String[] args, Services services) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, ConsoleCharset.stdout()), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, ConsoleCharset.stderr()), true);
        try {
            return execute(args, services, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    public static int execute(String[] args, Services services, PrintWriter out, PrintWriter err) {
        String undecoded = UndecodedInput.warning(args, services.env());
        if (undecoded != null) {
            err.println(undecoded);
        }
        Invocation invocation = QuickParser.parse(args, services);
        if (invocation != null) {
            return invocation.run(out, err);
        }
        return PicocliLine.run(args, services, out, err);
    }
}
