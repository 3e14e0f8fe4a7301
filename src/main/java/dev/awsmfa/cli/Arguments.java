package dev.awsmfa.cli;

import java.util.List;

/** The parsed options of one command, typed as its {@link OptionDef}s say, by whichever parser read them. */
interface Arguments {
    /** The value of option {@code name}: its default (or null) when absent. */
    <T> T value(String name);

    default boolean isSet(String name) {
        return Boolean.TRUE.equals(value(name));
    }

    /** The positional parameters (only {@code exec} has any). */
    List<String> positionals();
}
