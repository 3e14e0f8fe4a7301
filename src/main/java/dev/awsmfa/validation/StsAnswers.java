package dev.awsmfa.validation;

import dev.awsmfa.time.TimeText;
import java.time.Duration;
import java.time.Instant;

/**
 * What a plausible STS answer holds, checked before it is written: a faulty or hostile endpoint must not fill
 * the credentials file with a huge token, a value no AWS file can hold, or a session already over. AWS fixes
 * no token size; real ones are a few kilobytes, session policies and tags included.
 */
public final class StsAnswers {
    public static final int MAX_TOKEN_LENGTH = 16 * 1024;
    /** AWS refuses a request signed more than 15 minutes off its clock: an honest answer is never further out. */
    static final Duration EXPIRATION_SLACK = Duration.ofMinutes(15);
    private static final String BASE64 = "+/=";

    private StsAnswers() {
    }

    /** Why credentials asked for {@code durationSeconds} must not be written; null when they look like STS's. */
    public static String problem(String keyId, String secret, String token, Instant expiration, Instant now,
            int durationSeconds) {
        if (!StsLimits.wordsAnd(keyId, "", 16, 128)) {
            return "its access key id is not 16-128 letters and digits";
        }
        if (!StsLimits.wordsAnd(secret, BASE64, 16, 1024)) {
            return "its secret access key is not 16-1024 characters of base64";
        }
        if (!StsLimits.wordsAnd(token, BASE64, 1, MAX_TOKEN_LENGTH)) {
            return token.length() > MAX_TOKEN_LENGTH ? "its session token is " + token.length() + " characters long, "
                    + "more than the " + MAX_TOKEN_LENGTH + " any STS token takes" : "its session token is not base64";
        }
        if (!expiration.isAfter(now)) {
            return "its expiration, " + TimeText.rfc3339Utc(expiration) + ", is not in the future";
        }
        if (expiration.isAfter(now.plusSeconds(durationSeconds).plus(EXPIRATION_SLACK))) {
            return "its expiration, " + TimeText.rfc3339Utc(expiration) + ", lies beyond the " + durationSeconds
                    + " s asked for";
        }
        return null;
    }
}
