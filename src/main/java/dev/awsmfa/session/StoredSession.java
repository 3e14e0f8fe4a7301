package dev.awsmfa.session;

import dev.awsmfa.profile.AwsKeys;
import dev.awsmfa.profile.ProfileSection;
import dev.awsmfa.time.TimeText;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * A session as aws-mfa (or awsmfa) stored it in the short-term section, and its reuse rule: reusable when
 * {@code complete} (every key aws-mfa writes present), for the same role ({@code assumed_role_arn}) or none,
 * and outliving the refresh window.
 */
public record StoredSession(TemporaryCredentials credentials, Optional<String> roleArn, boolean complete) {

    /** A session from a section's values; empty without a parseable {@code expiration} (a static profile, say). */
    public static Optional<StoredSession> read(Function<String, Optional<String>> values) {
        String stored = text(values, AwsKeys.EXPIRATION);
        Optional<Instant> expiration = stored.isEmpty() ? Optional.empty() : TimeText.parse(stored);
        if (expiration.isEmpty()) {
            return Optional.empty();
        }
        String keyId = text(values, AwsKeys.ACCESS_KEY_ID);
        String secret = text(values, AwsKeys.SECRET_ACCESS_KEY);
        String token = text(values, AwsKeys.SESSION_TOKEN);
        // Every key aws-mfa writes; the expiration parsed, so it is not empty.
        boolean complete = !keyId.isEmpty() && !secret.isEmpty() && !token.isEmpty()
                && !text(values, AwsKeys.ASSUMED_ROLE).isEmpty() && !text(values, AwsKeys.SECURITY_TOKEN).isEmpty();
        String role = text(values, AwsKeys.ASSUMED_ROLE_ARN);
        return Optional.of(new StoredSession(new TemporaryCredentials(keyId, secret, token, expiration.get()),
                role.isEmpty() ? Optional.empty() : Optional.of(role), complete));
    }

    private static String text(Function<String, Optional<String>> values, String key) {
        return values.apply(key).orElse("");
    }

    /** An anonymous class, not {@code section::get}: a method reference would define a hidden class. */
    public static Optional<StoredSession> read(ProfileSection section) {
        return read(new Function<String, Optional<String>>() {
            @Override
            public Optional<String> apply(String key) {
                return section.get(key);
            }
        });
    }

    public Instant expiration() {
        return credentials.expiration();
    }

    public Duration timeLeft(Instant now) {
        return timeLeft(expiration(), now);
    }

    /** Time left until an expiration, zero once it has passed. */
    public static Duration timeLeft(Instant expiration, Instant now) {
        Duration remaining = Duration.between(now, expiration);
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    /** Expired, expiring within the refresh window, or valid beyond it; never {@code ABSENT}. */
    public SessionState stateAt(Instant now, Duration refreshWindow) {
        Duration left = timeLeft(now);
        if (left.isZero()) {
            return SessionState.EXPIRED;
        }
        return left.compareTo(refreshWindow) < 0 ? SessionState.EXPIRING : SessionState.VALID;
    }
}
