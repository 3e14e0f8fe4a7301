package dev.awsmfa.profile;

import java.util.Map;
import java.util.Optional;

/**
 * Read-only view of one section as the AWS CLI reads it: keys lower-cased, values trimmed,
 * continuation lines joined with "\n", nested blocks ({@code s3 =} + indented lines) as maps.
 *
 * @param name the raw section name between the brackets ({@code profile dev}, {@code dev})
 * @param line 1-based line number of the header
 * @param values the section's plain values, key order as in the file (nested blocks excluded)
 * @param nested the section's nested blocks, key order as in the file
 */
public record ProfileSection(String name, int line, Map<String, String> values, Map<String, Map<String, String>> nested) {

    public ProfileSection {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        nested = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nested));
    }

    /** Names and key names only: values may be secrets (keys, session tokens). */
    @Override
    public String toString() {
        return "ProfileSection[" + name + " at line " + line + ", keys " + values.keySet() + ", nested " + nested.keySet() + "]";
    }

    /** The value of a key, case-insensitively; empty when absent. Blank values are returned as "". */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key.toLowerCase(java.util.Locale.ROOT)));
    }
}
