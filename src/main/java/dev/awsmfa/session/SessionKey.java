package dev.awsmfa.session;

import dev.awsmfa.settings.RefreshSettings;
import java.net.URI;
import java.util.Optional;

/**
 * What makes two profiles' sessions the same session: one IAM user (its long-term key, or the command that prints it), one MFA device, the same
 * STS endpoint and the same request. Profiles with equal keys get one STS call in a run.
 */
record SessionKey(String longTermKeys, String mfaSerial, String region, Optional<URI> endpoint, Optional<String> roleArn,
        String roleSessionName, Optional<String> externalId, int durationSeconds) {
    static SessionKey of(RefreshSettings settings) {
        return new SessionKey(settings.longTermKeys().identity(), settings.mfaSerial(), settings.region(),
                settings.endpointOverride(), settings.roleArn(), settings.roleArn().isPresent()
                        ? settings.roleSessionName() : "", settings.externalId(), settings.durationSeconds());
    }
}
