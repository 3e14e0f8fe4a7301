package dev.awsmfa.cli;

import java.util.List;

/** The parsed options of one command, typed as its {@link OptionDef}s say, by whichever parser read them. */
interface Arguments {
    /** The value of {@code option}: its default (or null) when absent; the first one of a repeated option. */
    <T> T get(OptionDef<T> option);

    /** Every value of {@code option}, in the order given: none when absent, one unless it is repeatable. */
    default <T> List<T> all(OptionDef<T> option) {
        T value = get(option);
        return value == null ? List.of() : List.of(value);
    }

    default boolean isSet(OptionDef<Boolean> flag) {
        return Boolean.TRUE.equals(get(flag));
    }

    /** The options of the command these are the arguments of. */
    List<OptionDef<?>> options();

    /** The positional parameters (only {@code exec} and {@code completion} have any). */
    List<String> positionals();
}
