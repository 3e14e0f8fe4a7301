package dev.awsmfa.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds what botocore returns for parsed sections: the section's own settings first, then the
 * {@code [DEFAULT]} settings it does not override, nested blocks as maps.
 */
final class BotocoreView {
    private BotocoreView() {
    }

    static ProfileSection section(ParsedSection section, Map<String, ParsedOption> defaults) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Map<String, String>> nested = new LinkedHashMap<>();
        for (ParsedOption option : merged(section, defaults).values()) {
            if (option.nested() != null) {
                nested.put(option.key(), option.nested());
            } else {
                values.put(option.key(), option.value());
            }
        }
        return new ProfileSection(section.name(), section.headerLine() + 1, values, nested);
    }

    static Map<String, Map<String, Object>> raw(ParsedFile file) {
        Map<String, Map<String, Object>> raw = new LinkedHashMap<>();
        for (ParsedSection section : file.sections()) {
            if (section.isDefaults()) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (ParsedOption option : merged(section, file.defaults()).values()) {
                values.put(option.key(), option.nested() != null ? option.nested() : option.value());
            }
            raw.put(section.name(), values);
        }
        return raw;
    }

    private static Map<String, ParsedOption> merged(ParsedSection section, Map<String, ParsedOption> defaults) {
        if (defaults.isEmpty()) {
            return section.options();
        }
        Map<String, ParsedOption> merged = new LinkedHashMap<>(section.options());
        for (Map.Entry<String, ParsedOption> inherited : defaults.entrySet()) {
            merged.putIfAbsent(inherited.getKey(), inherited.getValue());
        }
        return merged;
    }
}
