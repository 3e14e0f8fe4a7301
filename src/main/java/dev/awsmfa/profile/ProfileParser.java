package dev.awsmfa.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads lines the way Python's {@code configparser.RawConfigParser} does for botocore (strict
 * mode, {@code =} and {@code :} delimiters, whole-line {@code #}/{@code ;} comments, indented
 * continuation lines, blank lines kept inside values) and refuses what the AWS CLI refuses.
 */
final class ProfileParser {
    static final String DEFAULTS = "DEFAULT";
    private static final String REFUSED = "the AWS CLI refuses the whole file: ";

    private final String fileName;
    private final TextLines lines;
    private final List<ParsedSection> sections = new ArrayList<>();
    private final Map<String, ParsedSection> byName = new HashMap<>();
    private final Map<String, ParsedOption> defaults = new LinkedHashMap<>();
    private ParsedSection section;
    private OptionBuilder option;
    private int indentLevel;

    private ProfileParser(String fileName, TextLines lines) {
        this.fileName = fileName;
        this.lines = lines;
    }

    static ParsedFile parse(String fileName, TextLines lines) {
        return new ProfileParser(fileName, lines).run();
    }

    private ParsedFile run() {
        String text = lines.text();
        for (int i = 0; i < lines.count(); i++) {
            int from = lines.start(i);
            int to = lines.contentEnd(i);
            int first = PythonText.skipSpace(text, from, to);
            if (first == to) {
                if (option != null) {
                    option.blank();
                }
                continue;
            }
            char c = text.charAt(first);
            if (c == '#' || c == ';') {
                continue;
            }
            int indent = first - from;
            int last = PythonText.trimEnd(text, first, to);
            if (option != null && indent > indentLevel) {
                option.continuation(text.substring(first, last), i);
                continue;
            }
            indentLevel = indent;
            readStatement(text.substring(first, last), i);
        }
        finishSection(lines.count());
        return new ParsedFile(lines, sections, byName, defaults);
    }

    private void readStatement(String statement, int line) {
        int close = statement.lastIndexOf(']');
        if (statement.charAt(0) == '[' && close >= 2) {
            startSection(statement.substring(1, close), line);
        } else if (section == null) {
            throw error(line, describe(statement) + " comes before the first [section] header; " + REFUSED
                    + "put a section header such as [default] above it, or delete it");
        } else {
            startOption(statement, line);
        }
    }

    private static String describe(String statement) {
        int delimiter = delimiterIndex(statement);
        return delimiter > 0 ? "setting '" + statement.substring(0, delimiter).strip() + "'" : "a line";
    }

    private void startSection(String name, int line) {
        finishSection(line);
        ParsedSection previous = byName.get(name);
        if (previous != null) {
            throw error(line, "duplicate section [" + name + "] (first at line " + (previous.headerLine() + 1)
                    + "); " + REFUSED + "remove or rename one of them");
        }
        section = new ParsedSection(name, line);
        sections.add(section);
        if (!section.isDefaults()) {
            byName.put(name, section);
        }
    }

    private void startOption(String statement, int line) {
        int delimiter = delimiterIndex(statement);
        if (delimiter < 0) {
            throw error(line, statement.charAt(0) == '['
                    ? "section header '" + statement + "' has no closing ']'; " + REFUSED + "add the ']'"
                    : "this line is not 'key = value', a [section] header or a comment; " + REFUSED
                    + "fix it, indent it to continue the value above, or start it with '#'");
        }
        String key = statement.substring(0, PythonText.trimEnd(statement, 0, delimiter)).toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            throw error(line, "a setting has no key name before its '" + statement.charAt(delimiter) + "'; "
                    + REFUSED + "add the key name or delete the line");
        }
        Map<String, ParsedOption> keys = section.isDefaults() ? defaults : section.options();
        ParsedOption previous = keys.get(key);
        boolean pending = option != null && option.key.equals(key) && option.owner == section;
        if (previous != null || pending) {
            int first = pending ? option.line : previous.line();
            throw error(line, "duplicate key '" + key + "' in [" + section.name() + "] (first at line " + (first + 1)
                    + "; key names ignore case); " + REFUSED + "remove one of them");
        }
        finishOption();
        option = new OptionBuilder(section, key, line, PythonText.strip(statement, delimiter + 1, statement.length()));
    }

    private static int delimiterIndex(String statement) {
        for (int i = 0; i < statement.length(); i++) {
            char c = statement.charAt(i);
            if (c == '=' || c == ':') {
                return i;
            }
        }
        return -1;
    }

    private void finishSection(int nextHeader) {
        finishOption();
        if (section != null) {
            section.endAt(nextHeader);
        }
        section = null;
    }

    private void finishOption() {
        if (option == null) {
            return;
        }
        ParsedOption done = option.build();
        (option.owner.isDefaults() ? defaults : option.owner.options()).put(done.key(), done);
        option = null;
    }

    private ProfileFileException error(int line, String problem) {
        return new ProfileFileException(fileName, line + 1, problem);
    }

    /** Collects one setting's value parts while its continuation lines are read. */
    private final class OptionBuilder {
        final ParsedSection owner;
        final String key;
        final int line;
        private final String first;
        private StringBuilder more;
        private int lastLine;
        private int pendingBlanks;

        OptionBuilder(ParsedSection owner, String key, int line, String first) {
            this.owner = owner;
            this.key = key;
            this.line = line;
            this.first = first;
            this.lastLine = line;
        }

        void blank() {
            pendingBlanks++;
        }

        void continuation(String part, int at) {
            if (more == null) {
                // Most settings are one line: only multi-line values pay for a builder.
                more = new StringBuilder(first);
            }
            for (; pendingBlanks > 0; pendingBlanks--) {
                more.append('\n');
            }
            more.append('\n').append(part);
            lastLine = at;
        }

        ParsedOption build() {
            String joined = more == null ? first : more.toString();
            Map<String, String> nested = joined.startsWith("\n") ? nested() : null;
            return new ParsedOption(key, line, lastLine + 1, joined, nested);
        }

        /** botocore's {@code _parse_nested}: every non-blank line of the block must hold an '='. */
        private Map<String, String> nested() {
            Map<String, String> block = new LinkedHashMap<>();
            String text = lines.text();
            for (int i = line + 1; i <= lastLine; i++) {
                int from = lines.start(i);
                int to = lines.contentEnd(i);
                int first = PythonText.skipSpace(text, from, to);
                if (first == to || text.charAt(first) == '#' || text.charAt(first) == ';') {
                    continue;
                }
                readNestedLine(text.substring(first, PythonText.trimEnd(text, first, to)), i, block);
            }
            return Collections.unmodifiableMap(block);
        }

        private void readNestedLine(String part, int at, Map<String, String> block) {
            int start = 0;
            for (int i = 0; i <= part.length(); i++) {
                if (i == part.length() || PythonText.isLineBreak(part.charAt(i))) {
                    String piece = PythonText.strip(part, start, i);
                    start = i + 1;
                    if (piece.isEmpty()) {
                        continue;
                    }
                    int equals = piece.indexOf('=');
                    if (equals < 0) {
                        throw error(at, "a line of the nested block '" + key + " =' in [" + owner.name()
                                + "] has no '=' (':' does not work inside nested blocks); " + REFUSED
                                + "write it as 'name = value', or un-indent it if it is not part of '" + key + "'");
                    }
                    block.put(PythonText.strip(piece, 0, equals), PythonText.strip(piece, equals + 1, piece.length()));
                }
            }
        }
    }
}
