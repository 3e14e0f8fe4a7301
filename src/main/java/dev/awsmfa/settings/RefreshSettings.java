package dev.awsmfa.settings;

import dev.awsmfa.mfa.PromptSetting;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything a refresh needs, resolved from flags, environment and both files, checked against STS's limits;
 * {@code longTermKeys} says where the keys are, to be read only when STS is called;
 * {@code roleArn} empty for GetSessionToken, {@code configRegion} the profile's (else its long-term profile's)
 * region in the config file, for the commands that hand the session on; {@code prompt} where a code may be asked.
 */
public record RefreshSettings(String profile, String longTermSection, String shortTermSection,
        LongTermKeySource longTermKeys, String mfaSerial, Optional<String> roleArn, String roleSessionName,
        Optional<String> externalId, int durationSeconds, String region, Optional<URI> endpointOverride,
        Duration refreshWindow, Optional<String> mfaProcess, Optional<String> configRegion, PromptSetting prompt) {
    /** The same settings with the device's serial number in place of the name it was given by. */
    public RefreshSettings withMfaSerial(String serial) {
        return new RefreshSettings(profile, longTermSection, shortTermSection, longTermKeys, serial, roleArn,
                roleSessionName, externalId, durationSeconds, region, endpointOverride, refreshWindow, mfaProcess,
                configRegion, prompt);
    }

    /** Where STS is called, for messages: "at" the endpoint override, else "in" the region. */
    public String stsLocation() {
        return endpointOverride.isPresent() ? "at " + endpointOverride.get() : "in " + region;
    }
}
