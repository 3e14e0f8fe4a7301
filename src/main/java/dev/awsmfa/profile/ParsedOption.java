package dev.awsmfa.profile;

import java.util.Map;

/**
 * One setting as botocore reads it: the key lower-cased, the value's continuation lines joined with {@code \n},
 * on 0-based lines {@code line} to {@code spanEnd} (exclusive); {@code nested} the nested block ({@code s3 =} +
 * indented {@code k = v} lines) or {@code null}.
 */
record ParsedOption(String key, int line, int spanEnd, String value, Map<String, String> nested) {

    /** Without the value, which may be a secret. */
    @Override
    public String toString() {
        return "ParsedOption[" + key + " at line " + (line + 1) + "]";
    }
}
