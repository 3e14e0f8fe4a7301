package dev.awsmfa.mfa;

import java.time.Duration;
import java.util.List;

/**
 * Runs a program the user configured (no shell unless the argv names one) with stdin the null device, stderr
 * ours, and captures its stdout; callers word their own messages from how it ended.
 */
@FunctionalInterface
public interface ProgramRunner {
    /**
     * How the program ended; throws {@link Failure} when it could not start, overran {@code timeout} (then it
     * and all it started are killed) or its output could not be read.
     */
    Finished run(List<String> argv, Duration timeout, int maxOutputBytes);

    /** Its exit status and stdout, the first {@code maxOutputBytes} of it; {@code overflowed} if there was more. */
    record Finished(int status, byte[] stdout, boolean overflowed) {
    }

    /** Why a program gave no exit status; {@link #getMessage()} is the system's reason, without the output. */
    final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** What went wrong. */
        public enum Kind { NOT_STARTED, TIMED_OUT, INTERRUPTED, UNREADABLE }

        private final Kind kind;

        public Failure(Kind kind, String reason, Throwable cause) {
            super(reason, cause);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }
}
