package dev.awsmfa.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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

    /** The plain value of a lower-cased key, own or inherited; {@code null} when absent or a nested block. */
    static String value(ParsedSection section, OptionTable defaults, String key) {
        OptionTable table = section.options();
        int at = table.indexOf(key);
        if (at < 0) {
            table = defaults;
            at = table.indexOf(key);
        }
        return at < 0 || table.isNested(at) ? null : table.value(at);
    }

    /** The plain values, key order as in the file. */
    static Map<String, String> values(ParsedSection section, OptionTable defaults) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ParsedOption option : merged(section, defaults)) {
            if (option.nested() == null) {
                values.put(option.key(), option.value());
            }
        }
        return Collections.unmodifiableMap(values);
    }

    /** The nested blocks, key order as in the file. */
    static Map<String, Map<String, String>> nested(ParsedSection section, OptionTable defaults) {
        Map<String, Map<String, String>> nested = new LinkedHashMap<>();
        for (ParsedOption option : merged(section, defaults)) {
            if (option.nested() != null) {
                nested.put(option.key(), option.nested());
            }
        }
        return Collections.unmodifiableMap(nested);
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
            if (section.options().indexOf(inherited.key()) < 0) {
                merged.add(inherited);
            }
        }
        return merged;
    }
}
