package dev.awsmfa.session;

import dev.awsmfa.ExitCode;

/** Where a profile's session stands, and the exit code {@code awsmfa status} ends with for it. */
public enum SessionState {
    VALID("valid", ExitCode.OK),
    EXPIRING("expiring", ExitCode.SESSION_EXPIRING),
    EXPIRED("expired", ExitCode.SESSION_EXPIRED),
    ABSENT("absent", ExitCode.SESSION_ABSENT);

    private final String label;
    private final ExitCode exitCode;

    SessionState(String label, ExitCode exitCode) {
        this.label = label;
        this.exitCode = exitCode;
    }

    public String label() {
        return label;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
