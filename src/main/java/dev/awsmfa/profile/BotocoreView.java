package dev.awsmfa.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What botocore returns for a section: its own settings, then the {@code [DEFAULT]} ones it lacks; blocks as maps. */
final class BotocoreView {
    private BotocoreView() {
    }

    /** The plain value of a lower-cased key, own or inherited; {@code null} when absent or a nested block. */
    static String value(ParsedSection section, Map<String, ParsedOption> defaults, String key) {
        ParsedOption option = section.options().get(key);
        if (option == null) {
            option = defaults.get(key);
        }
        return option == null || option.nested() != null ? null : option.value();
    }

    static Map<String, String> values(ParsedSection section, Map<String, ParsedOption> defaults) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ParsedOption option : merged(section, defaults).values()) {
            if (option.nested() == null) {
                values.put(option.key(), option.value());
            }
        }
        return Collections.unmodifiableMap(values);
    }

    static Map<String, Map<String, String>> nested(ParsedSection section, Map<String, ParsedOption> defaults) {
        Map<String, Map<String, String>> nested = new LinkedHashMap<>();
        for (ParsedOption option : merged(section, defaults).values()) {
            if (option.nested() != null) {
                nested.put(option.key(), option.nested());
            }
        }
        return Collections.unmodifiableMap(nested);
    }

    static Map<String, Map<String, Object>> raw(ParsedFile file) {
        Map<String, Map<String, Object>> raw = new LinkedHashMap<>();
        for (ParsedSection section : file.sections()) {
            if (!section.isDefaults()) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (ParsedOption option : merged(section, file.defaults()).values()) {
                    values.put(option.key(), option.nested() != null ? option.nested() : option.value());
                }
                raw.put(section.name(), values);
            }
        }
        return raw;
    }

    private static Map<String, ParsedOption> merged(ParsedSection section, Map<String, ParsedOption> defaults) {
        if (defaults.isEmpty()) {
            return section.options();
        }
        Map<String, ParsedOption> merged = new LinkedHashMap<>(section.options());
        for (ParsedOption inherited : defaults.values()) {
            merged.putIfAbsent(inherited.key(), inherited);
        }
        return merged;
    }
}
