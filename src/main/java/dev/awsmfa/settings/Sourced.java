package dev.awsmfa.settings;

import java.util.Optional;

/** A setting's value with where it came from ("--device", "MFA_DEVICE"), so an error can say what to change. */
public record Sourced(String value, String source) {

    /** The first present one of {@code candidates}, in order of precedence. */
    @SafeVarargs
    public static Optional<Sourced> first(Optional<Sourced>... candidates) {
        for (Optional<Sourced> candidate : candidates) {
            if (candidate.isPresent()) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    public static Optional<Sourced> of(Optional<String> value, String source) {
        return value.isPresent() ? Optional.of(new Sourced(value.get(), source)) : Optional.empty();
    }

    public static Optional<String> valueOf(Optional<Sourced> sourced) {
        return sourced.isPresent() ? Optional.of(sourced.get().value()) : Optional.empty();
    }
}
