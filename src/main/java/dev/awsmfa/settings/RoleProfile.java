package dev.awsmfa.settings;

import java.util.Optional;

/**
 * One {@code [profile NAME]} of the config file that assumes {@code roleArn} from the credentials of
 * {@code sourceProfile}, with what its section says about the AssumeRole call, each value with where it came from.
 * The values are checked against STS's limits when the call is made ({@link RoleRequest}), not here: reusing a kept
 * role session checks nothing, and the role ARN's check is a regular expression, which no everyday path loads.
 */
public record RoleProfile(String profile, String roleArn, String roleArnSource, String sourceProfile, Optional<Sourced> sessionName,
        Optional<Sourced> externalId, Optional<Sourced> durationSeconds, Optional<String> configRegion) {
}
