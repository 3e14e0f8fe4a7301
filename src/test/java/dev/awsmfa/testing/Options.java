package dev.awsmfa.testing;

import dev.awsmfa.settings.RefreshOption;
import dev.awsmfa.settings.RefreshOptions;
import java.util.Map;
import java.util.Optional;

/** Refresh options as a test gives them: only what it names. */
public final class Options {
    private Options() {
    }

    public static RefreshOptions profile(String name) {
        return of(Map.of(RefreshOption.PROFILE, name));
    }

    public static RefreshOptions of(Map<RefreshOption<?>, Object> values) {
        return new RefreshOptions() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> Optional<T> get(RefreshOption<T> option) {
                return Optional.ofNullable((T) values.get(option));
            }
        };
    }
}
