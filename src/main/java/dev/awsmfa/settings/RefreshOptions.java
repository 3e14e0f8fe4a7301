package dev.awsmfa.settings;

import java.util.Optional;

/**
 * What the user asked for on the command line, before the environment and the files fill in the
 * rest. Every field is optional: {@link SettingsResolver} applies the precedence rules.
 *
 * @param codeGuard whether to refuse locally a code AWS accepted moments ago ({@link UsedCodeGuard})
 */
public record RefreshOptions(
        Optional<String> profile,
        Optional<String> device,
        Optional<Integer> durationSeconds,
        Optional<String> longTermSuffix,
        Optional<String> shortTermSuffix,
        Optional<String> assumeRole,
        Optional<String> roleSessionName,
        Optional<String> externalId,
        Optional<String> region,
        Optional<String> endpointUrl,
        Optional<Integer> refreshWindowMinutes,
        Optional<String> token,
        Optional<String> tokenCommand,
        boolean force,
        boolean codeGuard) {

    /** Nothing given: everything comes from the environment and the files. */
    public static RefreshOptions none() {
        return new RefreshOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, true);
    }

    public RefreshOptions withProfile(String name) {
        return new RefreshOptions(Optional.of(name), device, durationSeconds, longTermSuffix, shortTermSuffix,
                assumeRole, roleSessionName, externalId, region, endpointUrl, refreshWindowMinutes, token,
                tokenCommand, force, codeGuard);
    }
}
