package dev.awsmfa.cli;

import dev.awsmfa.session.Reporter;
import java.util.HashSet;
import java.util.Set;

/** Passes messages on, each warning once: in a run of several profiles, one file's problem is one line. */
final class DistinctWarnings implements Reporter {
    private final Reporter reporter;
    private final Set<String> warned = new HashSet<>();

    DistinctWarnings(Reporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public void info(String message) {
        reporter.info(message);
    }

    @Override
    public void warn(String message) {
        if (warned.add(message)) {
            reporter.warn(message);
        }
    }

    @Override
    public void debug(String message) {
        reporter.debug(message);
    }

    @Override
    public void progress(String line) {
        reporter.progress(line);
    }
}
