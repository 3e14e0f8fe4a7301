package dev.awsmfa.cli;

/** aws-mfa's (Python logging's) level names, most severe first. */
public enum LogLevel {
    CRITICAL, ERROR, WARNING, INFO, DEBUG, NOTSET;

    boolean shows(LogLevel message) {
        // NOTSET on Python's root logger lets everything through.
        return this == NOTSET || message.ordinal() <= ordinal();
    }
}
