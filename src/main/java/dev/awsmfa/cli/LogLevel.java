package dev.awsmfa.cli;

/** aws-mfa's (Python logging's) level names, most severe first, and {@code --log-level}, shared by every command. */
public enum LogLevel {
    CRITICAL, ERROR, WARNING, INFO, DEBUG, NOTSET;

    static final OptionDef<LogLevel> OPTION = OptionDef.choice(LogLevel.class, LogLevel.values(), "LEVEL", "INFO",
            "How much to say on stderr: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "DEBUG adds the steps taken and stack traces; no level ever shows a secret.",
            "--log-level");

    boolean shows(LogLevel message) {
        // NOTSET on Python's root logger lets everything through.
        return this == NOTSET || message.ordinal() <= ordinal();
    }

    /** The level given to a command that takes {@code --log-level}, INFO otherwise. */
    static LogLevel of(Command command, Arguments arguments) {
        LogLevel level = command.options().contains(OPTION) ? arguments.get(OPTION) : null;
        return level == null ? INFO : level;
    }
}
