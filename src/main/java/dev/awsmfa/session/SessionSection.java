package dev.awsmfa.session;

import dev.awsmfa.profile.AwsKeys;
import dev.awsmfa.time.TimeText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The keys aws-mfa writes to the short-term section, with the same values and, for a new section,
 * in the same order; a {@code null} value removes the key (a plain session drops
 * {@code assumed_role_arn}).
 */
final class SessionSection {
    private SessionSection() {
    }

    static Map<String, String> values(TemporaryCredentials credentials, Optional<String> roleArn) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(AwsKeys.ASSUMED_ROLE, roleArn.isPresent() ? "True" : "False");
        values.put(AwsKeys.ASSUMED_ROLE_ARN, roleArn.orElse(null));
        values.put(AwsKeys.ACCESS_KEY_ID, credentials.accessKeyId());
        values.put(AwsKeys.SECRET_ACCESS_KEY, credentials.secretAccessKey());
        values.put(AwsKeys.SESSION_TOKEN, credentials.sessionToken());
        values.put(AwsKeys.SECURITY_TOKEN, credentials.sessionToken());
        values.put(AwsKeys.EXPIRATION, TimeText.naiveUtc(credentials.expiration()));
        return values;
    }
}
