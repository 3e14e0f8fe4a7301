package dev.awsmfa.session;

import dev.awsmfa.ExitCode;
import java.util.Locale;

/** Where a profile's session stands, and the exit code {@code awsmfa status} ends with for it. */
public enum SessionState {
    VALID(ExitCode.OK), EXPIRING(ExitCode.SESSION_EXPIRING), EXPIRED(ExitCode.SESSION_EXPIRED),
    ABSENT(ExitCode.SESSION_ABSENT);

    private final ExitCode exitCode;

    SessionState(ExitCode exitCode) {
        this.exitCode = exitCode;
    }

    /** The name as {@code status} shows it: {@code valid}, {@code expired}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
