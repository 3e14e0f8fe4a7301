package dev.awsmfa.session;

import dev.awsmfa.time.TimeText;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Why the session of a short-term section is renewed instead of reused, in the one line shown before a code is
 * asked for, and the stored session that may be kept when no code can be had: one that is complete, for the role
 * asked for, not yet expired, only inside the refresh window (renewing it was optional, so skipping is safe) and
 * not under {@code --force} (which asks for a new session, so it renews or fails).
 */
public record Renewal(String reason, Optional<StoredSession> keepable) {

    /**
     * The renewal a stored session needs, or empty when it is reused as it is.
     *
     * @param section the short-term section, named in the reason
     * @param stored the session in it; empty when it has none (no section, no expiration)
     */
    public static Optional<Renewal> needed(String section, Optional<StoredSession> stored, Optional<String> wantedRole,
            boolean force, Instant now, Duration refreshWindow) {
        if (stored.isEmpty()) {
            return renew("No session in [" + section + "] yet.");
        }
        StoredSession session = stored.get();
        String in = "The session in [" + section + "]";
        if (!session.complete()) {
            return renew(in + " is incomplete (aws-mfa writes six keys).");
        }
        Optional<String> role = session.roleArn();
        if (!role.equals(wantedRole)) {
            if (role.isEmpty()) {
                return renew(in + " is not for a role, and role " + wantedRole.get() + " was asked for.");
            }
            return renew(in + " is for role " + role.get() + (wantedRole.isPresent() ? ", not " + wantedRole.get()
                    : ", and no role was asked for") + ".");
        }
        Duration left = session.timeLeft(now);
        switch (session.stateAt(now, refreshWindow)) {
            case EXPIRED:
                return renew(in + " expired " + TimeText.duration(Duration.between(session.expiration(), now))
                        + " ago.");
            case EXPIRING:
                String expires = in + " expires in " + TimeText.duration(left) + ", inside the refresh window of "
                        + TimeText.duration(refreshWindow) + ".";
                return force ? renew(expires) : Optional.of(new Renewal(expires, stored));
            default:
                return force ? renew("--force: renewing the session in [" + section + "], still valid for "
                        + TimeText.duration(left) + ".") : Optional.empty();
        }
    }

    private static Optional<Renewal> renew(String reason) {
        return Optional.of(new Renewal(reason, Optional.empty()));
    }
}
