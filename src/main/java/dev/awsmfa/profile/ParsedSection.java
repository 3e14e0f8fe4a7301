package dev.awsmfa.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/** One {@code [name]} header and the lines up to the next: its settings by lower-cased key, in file order. */
final class ParsedSection {
    private final String name;
    private final int headerLine;
    private final Map<String, ParsedOption> options = new LinkedHashMap<>();
    private ParsedOption last;
    private int endLine;

    ParsedSection(String name, int headerLine) {
        this.name = name;
        this.headerLine = headerLine;
        this.endLine = headerLine + 1;
    }

    String name() {
        return name;
    }

    /** 0-based index of the header line. */
    int headerLine() {
        return headerLine;
    }

    /** 0-based index of the next header, or the line count for the last section. */
    int endLine() {
        return endLine;
    }

    void endAt(int line) {
        endLine = line;
    }

    Map<String, ParsedOption> options() {
        return options;
    }

    void add(ParsedOption option) {
        options.put(option.key(), option);
        last = option;
    }

    ParsedOption lastOption() {
        return last;
    }

    boolean isDefaults() {
        return ProfileParser.DEFAULTS.equals(name);
    }
}
