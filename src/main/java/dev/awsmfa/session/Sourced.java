package dev.awsmfa.session;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A setting's value with where it came from ("--device", "MFA_DEVICE", "[profile dev] in
 * /home/u/.aws/config"), so that an error about the value can tell the user what to change.
 */
public record Sourced(String value, String source) {

    /** The first present value of the given lookups, in order. */
    @SafeVarargs
    public static Optional<Sourced> first(Supplier<Optional<Sourced>>... lookups) {
        for (Supplier<Optional<Sourced>> lookup : lookups) {
            Optional<Sourced> found = lookup.get();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    public static Optional<Sourced> of(Optional<String> value, String source) {
        return value.map(v -> new Sourced(v, source));
    }
}
