package dev.awsmfa.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One option of a command, as data: both picocli's model ({@link #toSpec}, for help, errors and
 * completion) and the {@link QuickParser} are built from it, so the two cannot disagree on names,
 * types or defaults.
 */
final class OptionDef {
    enum Kind { FLAG, TEXT, NUMBER, CHOICE }

    private final String[] names;
    private final Kind kind;
    private final Class<? extends Enum<?>> choices;
    private final String label;
    private final String description;
    private final String defaultValue;
    private final boolean hidden;
    private final Iterable<String> candidates;

    private OptionDef(String[] names, Kind kind, Class<? extends Enum<?>> choices, String label, String description,
            String defaultValue, boolean hidden, Iterable<String> candidates) {
        this.names = names;
        this.kind = kind;
        this.choices = choices;
        this.label = label;
        this.description = description;
        this.defaultValue = defaultValue;
        this.hidden = hidden;
        this.candidates = candidates;
    }

    /** An option that takes no value: present means true. */
    static OptionDef flag(String description, String... names) {
        return new OptionDef(names, Kind.FLAG, null, null, description, null, false, null);
    }

    static OptionDef text(String label, String description, String... names) {
        return new OptionDef(names, Kind.TEXT, null, label, description, null, false, null);
    }

    static OptionDef number(String label, String description, String... names) {
        return new OptionDef(names, Kind.NUMBER, null, label, description, null, false, null);
    }

    /** One constant of {@code type}, matched ignoring case, {@code defaultValue} when absent. */
    static OptionDef choice(Class<? extends Enum<?>> type, String label, String defaultValue, String description,
            String... names) {
        return new OptionDef(names, Kind.CHOICE, type, label, description, defaultValue, false, null);
    }

    /** The same option, left out of help and man page. */
    OptionDef hidden() {
        return new OptionDef(names, kind, choices, label, description, defaultValue, true, candidates);
    }

    /** The same option, with the values shell completion offers for it. */
    OptionDef completedWith(Iterable<String> values) {
        return new OptionDef(names, kind, choices, label, description, defaultValue, hidden, values);
    }

    /** The options of a command, in the order help lists them. */
    static List<OptionDef> listOf(Object... optionsOrLists) {
        List<OptionDef> all = new ArrayList<>();
        for (Object item : optionsOrLists) {
            if (item instanceof OptionDef option) {
                all.add(option);
            } else {
                for (Object option : (List<?>) item) {
                    all.add((OptionDef) option);
                }
            }
        }
        return Collections.unmodifiableList(all);
    }

    /** Every name, the first one first. */
    String[] names() {
        return names.clone();
    }

    /** The name values are looked up by. */
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

    /** The value when the option is absent: false, null, or the converted default. */
    Object absentValue() {
        if (kind == Kind.FLAG) {
            return Boolean.FALSE;
        }
        return defaultValue == null ? null : convert(defaultValue);
    }

    /**
     * {@code text} as this option's type, or {@code null} when it is not in the plain form both
     * parsers read alike (then the quick parser leaves the whole command line to picocli).
     */
    Object convert(String text) {
        switch (kind) {
            case TEXT:
                return text;
            case NUMBER:
                return plainDecimal(text) ? Integer.valueOf(text) : null;
            case CHOICE:
                for (Enum<?> constant : choices.getEnumConstants()) {
                    if (constant.name().equalsIgnoreCase(text)) {
                        return constant;
                    }
                }
                return null;
            default:
                return null;
        }
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

    /** picocli's model of this option. */
    OptionSpec toSpec() {
        OptionSpec.Builder builder = OptionSpec.builder(names).description(description).hidden(hidden);
        switch (kind) {
            case FLAG:
                return builder.type(boolean.class).arity("0").initialValue(false).build();
            case NUMBER:
                builder.type(Integer.class);
                break;
            case CHOICE:
                builder.type(choices);
                break;
            default:
                builder.type(String.class);
                break;
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
