package dev.awsmfa.settings;

import java.util.Optional;

/**
 * What the user asked for on the command line, before the environment and the files fill in the
 * rest ({@link SettingsResolver} applies the precedence rules): a value per {@link RefreshOption},
 * absent unless given. The command line implements it over its parsed options, tests over what
 * they need.
 */
public interface RefreshOptions {
    /** Nothing given: everything comes from the environment and the files. */
    RefreshOptions NONE = new RefreshOptions() {
        @Override
        public <T> Optional<T> get(RefreshOption<T> option) {
            return Optional.empty();
        }
    };

    <T> Optional<T> get(RefreshOption<T> option);

    default boolean isSet(RefreshOption<Boolean> flag) {
        return get(flag).orElse(false);
    }
}
