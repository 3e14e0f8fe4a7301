package dev.awsmfa.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What botocore returns for parsed sections: the section's own settings first, then the
 * {@code [DEFAULT]} settings it does not override, nested blocks as maps.
 */
final class BotocoreView {
    private BotocoreView() {
    }

    static ProfileSection section(ParsedSection section, OptionTable defaults) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Map<String, String>> nested = new LinkedHashMap<>();
        for (ParsedOption option : merged(section, defaults)) {
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
            for (ParsedOption option : merged(section, file.defaults())) {
                values.put(option.key(), option.nested() != null ? option.nested() : option.value());
            }
            raw.put(section.name(), values);
        }
        return raw;
    }

    /** The section's own settings, then the inherited ones it does not override. */
    private static Collection<ParsedOption> merged(ParsedSection section, OptionTable defaults) {
        if (defaults.isEmpty()) {
            return section.options().inOrder();
        }
        List<ParsedOption> merged = new ArrayList<>(section.options().inOrder());
        for (ParsedOption inherited : defaults.inOrder()) {
            if (section.options().get(inherited.key()) == null) {
                merged.add(inherited);
            }
        }
        return merged;
    }
}
