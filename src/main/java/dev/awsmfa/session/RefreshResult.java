package dev.awsmfa.session;

import dev.awsmfa.settings.RefreshSettings;

/** How a refresh ended, and the session now in the short-term section. */
public record RefreshResult(RefreshSettings settings, TemporaryCredentials credentials, Outcome outcome) {
    /** What happened to the stored session. */
    public enum Outcome {
        /** Valid beyond the refresh window: used as it is. */
        REUSED,
        /** A new one from STS, written. */
        RENEWED,
        /** Due for renewal inside the refresh window, but no code could be had: still valid, kept, warned about. */
        KEPT
    }

    public boolean renewed() {
        return outcome == Outcome.RENEWED;
    }
}
