package dev.awsmfa.mfa;

import java.time.Duration;
import java.util.List;

/** Starts a dialog program from its argv, without a shell, and reports how it ended. */
@FunctionalInterface
public interface DialogRunner {
    /** How the program ended: its status, what it printed on stdout (the answer) and on stderr (why it failed). */
    record Finished(int status, String stdout, String stderr) {
        /** The answer is a secret: never in a message or a log. */
        @Override
        public String toString() {
            return "Finished[status=" + status + ", stderr=" + stderr + "]";
        }
    }

    /** Fails (exit 6) when the program cannot start or overruns {@code timeout}, naming it. */
    Finished run(List<String> argv, Duration timeout);
}
