package dev.awsmfa.mfa;

import java.util.Optional;

/** Finds a program by name, as starting it by that name would. */
@FunctionalInterface
public interface ProgramFinder {
    /** Where {@code name} is, ready to run; empty when it is nowhere. */
    Optional<String> find(String name);
}
