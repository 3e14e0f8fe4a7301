package dev.awsmfa.cli;

import dev.awsmfa.session.Reporter;
import java.io.PrintWriter;

/** Prints the use cases' messages on stderr, filtered by {@code --log-level}. */
final class StderrReporter implements Reporter {
    private final PrintWriter err;
    private final LogLevel level;

    StderrReporter(PrintWriter err, LogLevel level) {
        this.err = err;
        this.level = level;
    }

    @Override
    public void info(String message) {
        print(LogLevel.INFO, "awsmfa: ", message);
    }

    @Override
    public void warn(String message) {
        print(LogLevel.WARNING, "awsmfa: warning: ", message);
    }

    @Override
    public void debug(String message) {
        print(LogLevel.DEBUG, "awsmfa: debug: ", message);
    }

    private void print(LogLevel severity, String prefix, String message) {
        if (level.shows(severity)) {
            err.println(prefix + TerminalText.safe(message));
            err.flush();
        }
    }
}
