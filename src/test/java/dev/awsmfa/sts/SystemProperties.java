package dev.awsmfa.sts;

import java.util.LinkedHashMap;
import java.util.Map;

/** System properties a test sets, each given its previous value (or none) back by {@link #restore()}. */
final class SystemProperties {
    private final Map<String, String> previous = new LinkedHashMap<>();

    void set(String key, String value) {
        previous.putIfAbsent(key, System.getProperty(key));
        System.setProperty(key, value);
    }

    void restore() {
        previous.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
        previous.clear();
    }
}
