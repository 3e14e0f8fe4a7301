package dev.awsmfa.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The session of one profile at one instant, for {@code awsmfa status} and {@code --no-refresh}: the credentials
 * {@code section} it lives in, absent when {@link #state()} is, {@code configRegion} as in {@code RefreshSettings};
 * what a new session would come from: the {@code longTermSection} (whether it is in the credentials file), and the
 * profile's {@link ProfileKind}, empty when neither file has the profile; when its long-term key was made, if
 * {@code awsmfa rotate} recorded it ({@link KeyAge}).
 */
public record SessionStatus(String profile, String section, SessionState state,
        Optional<StoredSession> session, Instant now, Optional<String> configRegion, String longTermSection,
        boolean longTermPresent, Optional<ProfileKind> kind, Optional<Instant> keyCreated) {

    public Optional<Instant> expiration() {
        return session.isPresent() ? Optional.of(session.get().expiration()) : Optional.empty();
    }

    /** Time left, zero once expired. */
    public Optional<Duration> remaining() {
        return session.isPresent() ? Optional.of(session.get().timeLeft(now)) : Optional.empty();
    }
}
