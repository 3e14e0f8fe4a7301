package dev.awsmfa.session;

import dev.awsmfa.time.TimeText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The environment variables through which AWS CLIs and SDKs take a session, in a stable order. */
public final class SessionVariables {
    public static final String ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID";
    public static final String SECRET_ACCESS_KEY = "AWS_SECRET_ACCESS_KEY";
    public static final String SESSION_TOKEN = "AWS_SESSION_TOKEN";
    public static final String EXPIRATION = "AWS_CREDENTIAL_EXPIRATION";
    public static final String REGION = "AWS_REGION";
    public static final String DEFAULT_REGION = "AWS_DEFAULT_REGION";

    private SessionVariables() {
    }

    public static Map<String, String> of(TemporaryCredentials credentials, Optional<String> region) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(ACCESS_KEY_ID, credentials.accessKeyId());
        variables.put(SECRET_ACCESS_KEY, credentials.secretAccessKey());
        variables.put(SESSION_TOKEN, credentials.sessionToken());
        variables.put(EXPIRATION, TimeText.rfc3339Utc(credentials.expiration()));
        if (region.isPresent()) {
            variables.put(REGION, region.get());
            variables.put(DEFAULT_REGION, region.get());
        }
        return variables;
    }
}
