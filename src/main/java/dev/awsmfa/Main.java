package dev.awsmfa;

/** Process entry point: the CLI run against the real world ({@link Services#system}), its result the exit code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(dev.awsmfa.cli.Cli.run(args, Services.system()));
    }
}
