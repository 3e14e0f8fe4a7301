package dev.awsmfa.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --no-refresh} of the commands that hand a session on ({@code export}, {@code exec}). */
final class NoRefresh {
    private static final String NAME = "--no-refresh";

    private NoRefresh() {
    }

    static OptionSpec declaration() {
        return Options.flag("Fail (exit 21 expired, 22 absent) instead of refreshing.", NAME).build();
    }

    static boolean allowsRefresh(CommandSpec spec) {
        return !Options.isSet(spec, NAME);
    }
}
