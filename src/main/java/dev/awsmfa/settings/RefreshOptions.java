package dev.awsmfa.settings;

import java.util.Optional;

/**
 * What the user asked for on the command line, before the environment and the files fill in the
 * rest ({@link SettingsResolver} applies the precedence rules). Each value is absent unless given;
 * the command line implements this over its parsed options, tests over what they need.
 */
public interface RefreshOptions {
    /** Nothing given: everything comes from the environment and the files. */
    RefreshOptions NONE = new RefreshOptions() {
    };

    default Optional<String> profile() {
        return Optional.empty();
    }

    default Optional<String> device() {
        return Optional.empty();
    }

    default Optional<Integer> durationSeconds() {
        return Optional.empty();
    }

    default Optional<String> longTermSuffix() {
        return Optional.empty();
    }

    default Optional<String> shortTermSuffix() {
        return Optional.empty();
    }

    default Optional<String> assumeRole() {
        return Optional.empty();
    }

    default Optional<String> roleSessionName() {
        return Optional.empty();
    }

    default Optional<String> externalId() {
        return Optional.empty();
    }

    default Optional<String> region() {
        return Optional.empty();
    }

    default Optional<String> endpointUrl() {
        return Optional.empty();
    }

    default Optional<Integer> refreshWindowMinutes() {
        return Optional.empty();
    }

    default Optional<String> token() {
        return Optional.empty();
    }

    default Optional<String> tokenCommand() {
        return Optional.empty();
    }

    /** Renew even a valid session. */
    default boolean force() {
        return false;
    }

    /** Refuse locally a code AWS accepted moments ago. */
    default boolean codeGuard() {
        return true;
    }
}
