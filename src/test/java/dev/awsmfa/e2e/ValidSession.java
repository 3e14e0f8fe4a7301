package dev.awsmfa.e2e;

import static dev.awsmfa.testing.AwsHome.longTermSection;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Credentials-file text of a profile whose session is still valid: the no-network starting point. */
final class ValidSession {
    private static final DateTimeFormatter EXPIRATION = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private ValidSession() {
    }

    static String credentials(String profile) {
        return credentials(profile, Duration.ofHours(12));
    }

    /** The same with {@code left} until it expires: inside the refresh window when under 5 minutes. */
    static String credentials(String profile, Duration left) {
        return longTermSection(profile) + "\n[" + profile + "]\nassumed_role = False\n"
                + "aws_access_key_id = ASIAIOSFODNN7EXAMPLE\naws_secret_access_key = sessionSecretEXAMPLE\n"
                + "aws_session_token = sessionTokenEXAMPLE\naws_security_token = sessionTokenEXAMPLE\n"
                + "expiration = " + EXPIRATION.format(Instant.now().plus(left)) + "\n";
    }
}
