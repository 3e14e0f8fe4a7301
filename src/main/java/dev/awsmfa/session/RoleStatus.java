package dev.awsmfa.session;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The role session of a role profile awsmfa serves, at one instant: its state (absent without a cached one for this
 * role), where it is cached ({@code cacheFile} empty when no cache can be used, {@code cacheNote} then says why), and
 * the MFA session of the profile its credentials come from.
 */
public record RoleStatus(String profile, String roleArn, SessionState state, Optional<RoleSessionCache.Entry> entry,
        Instant now, Optional<Path> cacheFile, String cacheNote, SessionStatus source) {

    public Optional<Instant> expiration() {
        return entry.isPresent() ? Optional.of(entry.get().expiration()) : Optional.empty();
    }

    /** Time left, zero once expired. */
    public Optional<Duration> remaining() {
        return entry.isPresent() ? Optional.of(StoredSession.timeLeft(entry.get().expiration(), now))
                : Optional.empty();
    }
}
