package dev.awsmfa.profile;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What a key and value must be to make one plain {@code key = value} line every AWS SDK reads back unchanged. */
final class ValueRules {
    private ValueRules() {
    }

    /** The values with keys lower-cased, in the given order. */
    static Map<String, String> checked(Map<String, String> values) {
        Map<String, String> checked = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String lower = checkKey(entry.getKey());
            if (checked.containsKey(lower)) {
                throw new IllegalArgumentException("key '" + lower + "' is given twice (key names ignore case)");
            }
            checkValue(lower, entry.getValue());
            checked.put(lower, entry.getValue());
        }
        return checked;
    }

    static boolean setsAny(Map<String, String> values) {
        for (String value : values.values()) {
            if (value != null) {
                return true;
            }
        }
        return false;
    }

    private static String checkKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        boolean usable = !lower.isEmpty() && lower.equals(PythonText.strip(lower))
                && "#;[".indexOf(lower.charAt(0)) < 0;
        for (int i = 0; usable && i < lower.length(); i++) {
            usable = "=:\n\r".indexOf(lower.charAt(i)) < 0;
        }
        if (!usable) {
            throw new IllegalArgumentException("'" + key + "' cannot be written as a key name");
        }
        return lower;
    }

    private static void checkValue(String key, String value) {
        if (value == null) {
            return;
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("the value of '" + key + "' contains a line break");
        }
        if (!value.equals(PythonText.strip(value))) {
            throw new IllegalArgumentException("the value of '" + key + "' has leading or trailing whitespace, "
                    + "which the AWS CLI would drop");
        }
    }
}
