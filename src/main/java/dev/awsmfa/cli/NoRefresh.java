package dev.awsmfa.cli;

/** {@code --no-refresh} of the commands that hand a session on ({@code export}, {@code exec}). */
final class NoRefresh {
    static final OptionDef<Boolean> DEFINITION = OptionDef.flag("Fail (exit 21 expired, 22 absent) instead of refreshing.",
            "--no-refresh");

    private NoRefresh() {
    }

    static boolean allowsRefresh(Arguments arguments) {
        return !arguments.isSet(DEFINITION);
    }
}
