package dev.awsmfa;

import dev.awsmfa.cli.Cli;

/**
 * Process entry point: wires the real world (environment, clock, console) into the CLI and turns
 * its result into the process exit code. The only place that calls {@link System#exit}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(dev.awsmfa.cli.Cli.run(args, Services.system()));
    }
}
