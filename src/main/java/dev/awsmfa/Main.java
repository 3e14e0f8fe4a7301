package dev.awsmfa;

import dev.awsmfa.cli.Cli;

/** Process entry point: the CLI run against the real world ({@link Services#system}), its result the exit code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = Cli.run(args, Services.system());
        System.out.flush();
        System.err.flush();
        // Not System.exit: from Java 21 it looks up a System.Logger first (a service look-up, streams,
        // reflection), ~17 ms of every run on Java 25. Every shutdown hook awsmfa adds is removed
        // before this point; a signal still ends the JVM the normal way, hooks included.
        Runtime.getRuntime().halt(code);
    }
}
