package dev.awsmfa.cli;

/** {@code --log-level}, shared by every command. */
final class LogLevelOption {
    static final OptionDef<LogLevel> DEFINITION = OptionDef.choice(LogLevel.class, "LEVEL", "INFO",
            "How much to say on stderr: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "DEBUG adds the steps taken and stack traces; no level ever shows a secret.",
            "--log-level");

    private LogLevelOption() {
    }

    static LogLevel level(Arguments arguments) {
        LogLevel level = arguments.get(DEFINITION);
        return level == null ? LogLevel.INFO : level;
    }

    static boolean debug(Arguments arguments) {
        return level(arguments).shows(LogLevel.DEBUG);
    }
}
