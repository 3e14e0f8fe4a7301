package dev.awsmfa.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * A session as aws-mfa (or awsmfa) stored it in the short-term section, and the reuse rule that
 * goes with it: reusable when every key aws-mfa writes is present, it was made for the same role
 * (or for none), and it outlives the refresh window.
 *
 * @param roleArn the {@code assumed_role_arn}, when the session is a role's
 * @param complete whether every key aws-mfa requires is present
 */
public record StoredSession(TemporaryCredentials credentials, Optional<String> roleArn, boolean complete) {

    private static final String[] REQUIRED = {AwsKeys.ASSUMED_ROLE, AwsKeys.ACCESS_KEY_ID,
        AwsKeys.SECRET_ACCESS_KEY, AwsKeys.SESSION_TOKEN, AwsKeys.SECURITY_TOKEN, AwsKeys.EXPIRATION};

    /**
     * Reads a session from a section's values; empty when the section holds no parseable
     * {@code expiration} (a hand-written static profile, say).
     */
    public static Optional<StoredSession> read(Function<String, Optional<String>> values) {
        Optional<Instant> expiration = values.apply(AwsKeys.EXPIRATION).flatMap(StoredSession::parseExpiration);
        if (expiration.isEmpty()) {
            return Optional.empty();
        }
        boolean complete = true;
        for (String key : REQUIRED) {
            complete &= values.apply(key).filter(v -> !v.isEmpty()).isPresent();
        }
        TemporaryCredentials credentials = new TemporaryCredentials(
                values.apply(AwsKeys.ACCESS_KEY_ID).orElse(""),
                values.apply(AwsKeys.SECRET_ACCESS_KEY).orElse(""),
                values.apply(AwsKeys.SESSION_TOKEN).orElse(""),
                expiration.get());
        Optional<String> role = values.apply(AwsKeys.ASSUMED_ROLE_ARN).filter(v -> !v.isEmpty());
        return Optional.of(new StoredSession(credentials, role, complete));
    }

    /** aws-mfa's naive UTC, or RFC 3339 as other tools write it. */
    public static Optional<Instant> parseExpiration(String text) {
        return Timestamps.parse(text);
    }

    public static String formatExpiration(Instant expiration) {
        return Timestamps.naiveUtc(expiration);
    }

    public Instant expiration() {
        return credentials.expiration();
    }

    public Duration remaining(Instant now) {
        return Duration.between(now, expiration());
    }

    /** Time left, zero once expired. */
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

    /** Why this session cannot be reused for {@code wantedRole}, or empty when it can. */
    public Optional<String> reasonToRefresh(Optional<String> wantedRole, Instant now, Duration refreshWindow) {
        if (!complete) {
            return Optional.of("the stored session is incomplete");
        }
        if (!roleArn.equals(wantedRole)) {
            return Optional.of(wantedRole.map(r -> "the stored session is not for role " + r)
                    .orElse("the stored session is for role " + roleArn.orElse("") + ", and no role was asked for"));
        }
        switch (stateAt(now, refreshWindow)) {
            case EXPIRED:
                return Optional.of("the stored session has expired");
            case EXPIRING:
                return Optional.of("the stored session expires within the refresh window");
            default:
                return Optional.empty();
        }
    }
}
