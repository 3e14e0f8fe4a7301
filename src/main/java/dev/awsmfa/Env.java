package dev.awsmfa;

import java.util.Map;
import java.util.Optional;

/**
 * Read-only view of the process environment. Domain code asks this instead of
 * {@link System#getenv} so tests can hand it a plain map.
 */
@FunctionalInterface
public interface Env {

    /** The raw value, or {@code null} when unset. */
    String raw(String name);

    /**
     * The value when it is set and not blank. AWS tools treat an empty variable as unset
     * ({@code AWS_PROFILE= aws ...}), and so do we.
     */
    default Optional<String> get(String name) {
        String value = raw(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    static Env system() {
        return ProcessEnv.INSTANCE;
    }

    static Env of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return copy::get;
    }
}
