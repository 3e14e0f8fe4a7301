package dev.awsmfa.cli;

import dev.awsmfa.settings.RefreshOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One option of a command, as typed data: picocli's model ({@link #toSpec}) and the {@link QuickParser} are
 * both built from it, so they cannot disagree on names, types or defaults; {@code reads} is the refresh option
 * it gives a value, or {@code null}; a {@code repeats} one may be given several times ({@link Arguments#all}).
 */
record OptionDef<T>(String[] names, Kind kind, Class<T> type, T[] choices, String label, String description,
        String defaultValue, boolean hidden, Iterable<String> candidates, RefreshOption<T> reads, boolean repeats) {
    enum Kind { FLAG, TEXT, NUMBER, CHOICE }

    /** An option that takes no value: present means true. */
    static OptionDef<Boolean> flag(String description, String... names) {
        return new OptionDef<>(names, Kind.FLAG, Boolean.class, null, null, description, null, false, null, null,
                false);
    }

    /** A text value, never empty: an empty one is a usage error ({@code --profile "$UNSET"}). */
    static OptionDef<String> text(String label, String description, String... names) {
        return new OptionDef<>(names, Kind.TEXT, String.class, null, label, description, null, false, null, null,
                false);
    }

    static OptionDef<Integer> number(String label, String description, String... names) {
        return new OptionDef<>(names, Kind.NUMBER, Integer.class, null, label, description, null, false, null, null,
                false);
    }

    /** One constant of {@code type}, matched ignoring case, {@code defaultValue} when absent. */
    static <E extends Enum<E>> OptionDef<E> choice(Class<E> type, E[] choices, String label, String defaultValue,
            String description, String... names) {
        return new OptionDef<>(names, Kind.CHOICE, type, choices, label, description, defaultValue, false, null,
                null, false);
    }

    /** Identity, each option being one constant: a record's own equals and hashCode spin method handles. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** The same option, left out of help and man page. */
    OptionDef<T> hiddenFromHelp() {
        return new OptionDef<>(names, kind, type, choices, label, description, defaultValue, true, candidates, reads,
                repeats);
    }

    /** The same option, with the values shell completion offers for it. */
    OptionDef<T> completedWith(Iterable<String> values) {
        return new OptionDef<>(names, kind, type, choices, label, description, defaultValue, hidden, values, reads,
                repeats);
    }

    /** The same option, as the value of {@code option} of the refresh options. */
    OptionDef<T> reads(RefreshOption<T> option) {
        return new OptionDef<>(names, kind, type, choices, label, description, defaultValue, hidden, candidates, option,
                repeats);
    }

    /** The same option, taken more than once: picocli collects every value, the quick parser declines a repeat. */
    OptionDef<T> repeatable() {
        return new OptionDef<>(names, kind, type, choices, label, description, defaultValue, hidden, candidates, reads,
                true);
    }

    /** The options of a command, in the order help lists them. */
    static List<OptionDef<?>> listOf(Object... optionsOrLists) {
        List<OptionDef<?>> all = new ArrayList<>();
        for (Object item : optionsOrLists) {
            if (item instanceof OptionDef<?> option) {
                all.add(option);
            } else {
                for (Object option : (List<?>) item) {
                    all.add((OptionDef<?>) option);
                }
            }
        }
        return Collections.unmodifiableList(all);
    }

    /** The first name: what picocli's model finds it by and messages call it. */
    String key() {
        return names[0];
    }

    boolean isNamed(String name) {
        for (String candidate : names) {
            if (candidate.equals(name)) {
                return true;
            }
        }
        return false;
    }

    boolean takesValue() {
        return kind != Kind.FLAG;
    }

    boolean isText() {
        return kind == Kind.TEXT;
    }

    T cast(Object value) {
        return type.cast(value);
    }

    /** The value when the option is absent: false, null, or the converted default. */
    T absentValue() {
        if (kind == Kind.FLAG) {
            return type.cast(Boolean.FALSE);
        }
        return defaultValue == null ? null : convert(defaultValue);
    }

    /** {@code text} as this type, {@code null} unless in the plain form both parsers read alike (picocli takes it). */
    T convert(String text) {
        if (kind == Kind.NUMBER) {
            return plainDecimal(text) ? type.cast(Integer.valueOf(text)) : null;
        }
        if (kind != Kind.CHOICE) {
            return kind == Kind.TEXT ? type.cast(text) : null;
        }
        for (T constant : choices) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        return null;
    }

    /** 1 to 9 digits without a sign or a leading zero: an int for picocli and {@code Integer.valueOf} alike. */
    private static boolean plainDecimal(String text) {
        if (text.isEmpty() || text.length() > 9 || (text.charAt(0) == '0' && text.length() > 1)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    OptionSpec toSpec() {
        OptionSpec.Builder builder = OptionSpec.builder(names).description(description).hidden(hidden);
        if (kind == Kind.FLAG) {
            return builder.type(boolean.class).arity("0").initialValue(false).build();
        }
        if (repeats) {
            builder.type(List.class).auxiliaryTypes(type);
        } else {
            builder.type(type);
        }
        builder.arity("1").paramLabel(label);
        if (defaultValue != null) {
            builder.defaultValue(defaultValue);
        }
        if (candidates != null) {
            builder.completionCandidates(candidates);
        }
        return builder.build();
    }
}
