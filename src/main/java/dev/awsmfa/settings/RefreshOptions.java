package dev.awsmfa.settings;

import java.util.Optional;

/** The command line's value per {@link RefreshOption}, absent unless given; {@link SettingsResolver} fills the rest. */
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
