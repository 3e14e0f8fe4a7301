package dev.awsmfa.profile;

/**
 * One {@code [name]} header and the lines up to the next header: its settings by key, in file
 * order, and where it starts and ends.
 */
final class ParsedSection {
    private final String name;
    private final int headerLine;
    private final OptionTable options;
    private int endLine;

    /** @param text the file's text, where the section's one-line values are read from */
    ParsedSection(String name, int headerLine, String text) {
        this.name = name;
        this.options = new OptionTable(text);
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

    OptionTable options() {
        return options;
    }

    ParsedOption lastOption() {
        return options.last();
    }

    boolean isDefaults() {
        return ProfileParser.DEFAULTS.equals(name);
    }
}
