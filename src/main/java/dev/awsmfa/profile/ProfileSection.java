package dev.awsmfa.profile;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One section as the AWS CLI reads it: keys lower-cased, values trimmed, continuation lines joined with "\n",
 * nested blocks ({@code s3 =} + indented lines) as maps, {@code [DEFAULT]} inherited. A read-only view, not a
 * copy: a look-up reads the parsed file, so listing thousands of profiles copies none of them.
 */
public final class ProfileSection {
    private final ParsedSection section;
    private final Map<String, ParsedOption> defaults;

    ProfileSection(ParsedSection section, Map<String, ParsedOption> defaults) {
        this.section = section;
        this.defaults = defaults;
    }

    /** The raw section name between the brackets ({@code profile dev}, {@code dev}). */
    public String name() {
        return section.name();
    }

    /** 1-based line number of the header. */
    public int line() {
        return section.headerLine() + 1;
    }

    /** The section's plain values, key order as in the file (nested blocks excluded); read-only. */
    public Map<String, String> values() {
        return BotocoreView.values(section, defaults);
    }

    /** The section's nested blocks, key order as in the file; read-only. */
    public Map<String, Map<String, String>> nested() {
        return BotocoreView.nested(section, defaults);
    }

    /** Names and key names only: values may be secrets (keys, session tokens). */
    @Override
    public String toString() {
        return "ProfileSection[" + name() + " at line " + line() + ", keys " + values().keySet() + ", nested "
                + nested().keySet() + "]";
    }

    /** The value of a key, case-insensitively; empty when absent. Blank values are returned as "". */
    public Optional<String> get(String key) {
        return Optional.ofNullable(value(key));
    }

    /** What {@link #get} finds, or {@code null}: for callers that read many keys of many sections. */
    public String value(String key) {
        // Keys are stored lower-cased and callers mostly ask for lower-case names: a hit needs no
        // case folding, which costs more than the look-up itself.
        String value = BotocoreView.value(section, defaults, key);
        if (value == null) {
            String lower = key.toLowerCase(Locale.ROOT);
            if (!lower.equals(key)) {
                value = BotocoreView.value(section, defaults, lower);
            }
        }
        return value;
    }
}
