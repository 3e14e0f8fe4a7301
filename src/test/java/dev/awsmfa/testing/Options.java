package dev.awsmfa.testing;

import dev.awsmfa.settings.RefreshOptions;
import java.util.Optional;

/** Refresh options as a test gives them: only what it names. */
public final class Options {
    private Options() {
    }

    public static RefreshOptions profile(String name) {
        return new RefreshOptions() {
            @Override
            public Optional<String> profile() {
                return Optional.of(name);
            }
        };
    }
}
