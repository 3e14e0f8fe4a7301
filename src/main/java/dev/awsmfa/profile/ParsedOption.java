package dev.awsmfa.profile;

import java.util.Map;

/**
 * One setting of a section as botocore reads it, with the lines it occupies.
 *
 * @param key the key, lower-cased
 * @param line 0-based index of the {@code key = value} line
 * @param spanEnd 0-based index just after its last continuation line
 * @param value the value, continuation lines joined with {@code \n}
 * @param nested the nested block ({@code s3 =} + indented {@code k = v} lines), or {@code null}
 */
record ParsedOption(String key, int line, int spanEnd, String value, Map<String, String> nested) {

    /** Without the value, which may be a secret. */
    @Override
    public String toString() {
        return "ParsedOption[" + key + " at line " + (line + 1) + "]";
    }
}
