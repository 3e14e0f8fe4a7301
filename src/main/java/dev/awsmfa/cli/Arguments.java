package dev.awsmfa.cli;

import java.util.List;

/** The parsed options of one command, typed as its {@link OptionDef}s say, by whichever parser read them. */
interface Arguments {
    /** The value of {@code option}: its default (or null) when absent. */
    <T> T get(OptionDef<T> option);

    default boolean isSet(OptionDef<Boolean> flag) {
        return Boolean.TRUE.equals(get(flag));
    }

    /** The options of the command these are the arguments of. */
    List<OptionDef<?>> options();

    /** The positional parameters (only {@code exec} and {@code completion} have any). */
    List<String> positionals();
}
