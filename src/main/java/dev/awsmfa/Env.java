package dev.awsmfa;

import java.util.Map;
import java.util.Optional;

/** The process environment, read-only: asked instead of {@link System#getenv} so tests can hand it a map. */
@FunctionalInterface
public interface Env {
    /** The raw value, or {@code null} when unset. */
    String raw(String name);

    /** The value, trimmed, when set and not blank: AWS tools treat an empty variable as unset, and so do we. */
    default Optional<String> get(String name) {
        String value = raw(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The process environment: a class, not a method reference, which would define a hidden class. */
    static Env system() {
        return new Env() {
            @Override
            public String raw(String name) {
                return System.getenv(name);
            }
        };
    }

    static Env of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return copy::get;
    }
}
