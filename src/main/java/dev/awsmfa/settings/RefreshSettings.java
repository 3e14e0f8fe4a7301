package dev.awsmfa.settings;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything a refresh needs, resolved from flags, environment and both files, and already
 * checked against STS's limits.
 *
 * @param profile the profile the user named (base name)
 * @param longTermSection the credentials section holding the IAM user's keys
 * @param shortTermSection the credentials section the session is written to
 * @param roleArn the role to assume, or empty for GetSessionToken
 * @param mfaProcess the profile's {@code mfa_process} command
 * @param configRegion the profile's (else its long-term profile's) region in the config file, for
 *     the commands that hand the session on
 */
public record RefreshSettings(String profile, String longTermSection, String shortTermSection,
        LongTermCredentials longTermCredentials, String mfaSerial, Optional<String> roleArn, String roleSessionName,
        Optional<String> externalId, int durationSeconds, String region, Optional<URI> endpointOverride,
        Duration refreshWindow, Optional<String> mfaProcess, Optional<String> configRegion) {
}
