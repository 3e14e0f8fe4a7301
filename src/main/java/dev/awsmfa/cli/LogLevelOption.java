package dev.awsmfa.cli;

import dev.awsmfa.session.Reporter;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --log-level}, shared by every command. */
final class LogLevelOption {
    private static final String NAME = "--log-level";

    private LogLevelOption() {
    }

    static void declare(CommandSpec spec) {
        spec.addOption(Options.value(LogLevel.class, "LEVEL",
                "How much to say on stderr: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                        + "DEBUG adds the steps taken and stack traces; no level ever shows a secret.",
                NAME).defaultValue("INFO").build());
    }

    static LogLevel level(CommandSpec spec) {
        LogLevel level = Options.get(spec, NAME);
        return level == null ? LogLevel.INFO : level;
    }

    /** Messages of {@code spec}'s command at its level, on its stderr writer. */
    static Reporter reporter(CommandSpec spec) {
        return new StderrReporter(spec.commandLine().getErr(), level(spec));
    }
}
