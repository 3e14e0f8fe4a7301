package dev.awsmfa.cli;

import dev.awsmfa.session.Reporter;
import java.io.PrintWriter;

/** Prints the use cases' messages on stderr, filtered by {@code --log-level}. */
final class StderrReporter implements Reporter {
    private final PrintWriter err;
    private final LogLevel level;
    private int progressWidth;

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

    /**
     * Rewrites the line in place: a carriage return, the text, blanks over what is left of a longer one. Shown
     * from WARNING on, as a wait no one is told about looks like a hang.
     */
    @Override
    public void progress(String line) {
        if (!level.shows(LogLevel.WARNING) || (line.isEmpty() && progressWidth == 0)) {
            return;
        }
        String text = line.isEmpty() ? "" : "awsmfa: " + TerminalText.safe(line);
        StringBuilder shown = new StringBuilder("\r").append(text);
        for (int i = text.length(); i < progressWidth; i++) {
            shown.append(' ');
        }
        if (line.isEmpty()) {
            shown.append('\r');
        }
        progressWidth = text.length();
        err.print(shown);
        err.flush();
    }

    private void print(LogLevel severity, String prefix, String message) {
        if (level.shows(severity)) {
            err.println(prefix + TerminalText.safe(message));
            err.flush();
        }
    }
}
