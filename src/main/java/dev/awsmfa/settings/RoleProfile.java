package dev.awsmfa.settings;

import java.util.Optional;

/**
 * One {@code [profile NAME]} of the config file that assumes {@code roleArn} from the credentials of
 * {@code sourceProfile}, with what its section says about the AssumeRole call; the values checked against STS's
 * limits, each {@link Sourced} naming the key it came from.
 */
public record RoleProfile(String profile, String roleArn, String sourceProfile, Optional<Sourced> sessionName,
        Optional<Sourced> externalId, Optional<Sourced> durationSeconds, Optional<String> configRegion) {
}
