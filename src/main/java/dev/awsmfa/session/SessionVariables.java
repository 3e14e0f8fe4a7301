package dev.awsmfa.session;

import dev.awsmfa.time.TimeText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The environment variables through which AWS CLIs and SDKs take a session, in a stable order. */
public final class SessionVariables {
    private SessionVariables() {
    }

    public static Map<String, String> of(TemporaryCredentials credentials, Optional<String> region) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("AWS_ACCESS_KEY_ID", credentials.accessKeyId());
        variables.put("AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey());
        variables.put("AWS_SESSION_TOKEN", credentials.sessionToken());
        variables.put("AWS_CREDENTIAL_EXPIRATION", TimeText.rfc3339Utc(credentials.expiration()));
        if (region.isPresent()) {
            variables.put("AWS_REGION", region.get());
            variables.put("AWS_DEFAULT_REGION", region.get());
        }
        return variables;
    }
}
