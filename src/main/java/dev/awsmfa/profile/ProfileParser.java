package dev.awsmfa.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
    /** In file order: for credentials it is the profile map as it stands (see ProfileNaming). */
    private final Map<String, ParsedSection> byName = new LinkedHashMap<>();
    private final OptionTable defaults;
    private final KeyNames keyNames = new KeyNames();
    private final OptionBuilder builder = new OptionBuilder();
    private ParsedSection section;
    /** The setting being read ({@link #builder}), or {@code null} between settings. */
    private OptionBuilder option;
    private int indentLevel;
    /** What {@link #scanKey} found in the statement being read. */
    private int delimiter;
    private int keyEnd;
    private int keyHash;

    private ProfileParser(String fileName, TextLines lines) {
        this.fileName = fileName;
        this.lines = lines;
        this.defaults = new OptionTable(lines.text());
    }

    static ParsedFile parse(String fileName, TextLines lines) {
        return new ProfileParser(fileName, lines).run();
    }

    private ParsedFile run() {
        String text = lines.text();
        // The loop only calls: under C1 a loop body is compiled only after ~60,000 turns (OSR),
        // a method after a few hundred calls, so a file of thousands of lines is read compiled.
        for (int i = 0; i < lines.count(); i++) {
            readLine(text, i);
        }
        finishSection(lines.count());
        return new ParsedFile(lines, sections, byName, defaults);
    }

    private void readLine(String text, int i) {
        int from = lines.start(i);
        int to = lines.contentEnd(i);
        int first = PythonText.skipSpace(text, from, to);
        if (first == to) {
            if (option != null) {
                option.blank();
            }
            return;
        }
        char c = text.charAt(first);
        if (c == '#' || c == ';') {
            return;
        }
        int indent = first - from;
        int last = PythonText.trimEnd(text, first, to);
        if (option != null && indent > indentLevel) {
            option.continuation(first, last, i);
            return;
        }
        indentLevel = indent;
        readStatement(text, first, last, i);
    }

    /** Reads the statement {@code text[first, last)}: offsets rather than a substring per line. */
    private void readStatement(String text, int first, int last, int line) {
        int close = text.charAt(first) == '[' ? closingBracket(text, first, last) : -1;
        if (close >= 0) {
            startSection(text.substring(first + 1, close), line);
        } else if (section == null) {
            throw error(line, describe(text.substring(first, last)) + " comes before the first [section] header; "
                    + REFUSED + "put a section header such as [default] above it, or delete it");
        } else {
            startOption(text, first, last, line);
        }
    }

    /** configparser's greedy {@code \[(.+)\]}: the last ']' of the statement, with a name before it. */
    private static int closingBracket(String text, int first, int last) {
        for (int i = last - 1; i >= first + 2; i--) {
            if (text.charAt(i) == ']') {
                return i;
            }
        }
        return -1;
    }

    private static String describe(String statement) {
        int at = delimiterIndex(statement, 0, statement.length());
        return at > 0 ? "setting '" + statement.substring(0, at).strip() + "'" : "a line";
    }

    private void startSection(String name, int line) {
        finishSection(line);
        ParsedSection previous = byName.get(name);
        if (previous != null) {
            throw error(line, "duplicate section [" + name + "] (first at line " + (previous.headerLine() + 1)
                    + "); " + REFUSED + "remove or rename one of them");
        }
        section = new ParsedSection(name, line, lines.text());
        sections.add(section);
        if (!section.isDefaults()) {
            byName.put(name, section);
        }
    }

    private void startOption(String text, int first, int last, int line) {
        scanKey(text, first, last);
        if (delimiter < 0) {
            String statement = text.substring(first, last);
            throw error(line, statement.charAt(0) == '['
                    ? "section header '" + statement + "' has no closing ']'; " + REFUSED + "add the ']'"
                    : "this line is not 'key = value', a [section] header or a comment; " + REFUSED
                    + "fix it, indent it to continue the value above, or start it with '#'");
        }
        if (keyEnd == first) {
            throw error(line, "a setting has no key name before its '" + text.charAt(delimiter) + "'; "
                    + REFUSED + "add the key name or delete the line");
        }
        String key = keyNames.key(text, first, keyEnd, keyHash);
        OptionTable keys = section.isDefaults() ? defaults : section.options();
        int previous = keys.indexOf(key);
        boolean pending = option != null && option.key.equals(key) && option.owner == section;
        if (previous >= 0 || pending) {
            int firstLine = pending ? option.line : keys.line(previous);
            throw error(line, "duplicate key '" + key + "' in [" + section.name() + "] (first at line "
                    + (firstLine + 1) + "; key names ignore case); " + REFUSED + "remove one of them");
        }
        finishOption();
        int valueStart = PythonText.skipSpace(text, delimiter + 1, last);
        option = builder.begin(section, key, line, valueStart, PythonText.trimEnd(text, valueStart, last));
    }

    /**
     * Finds the statement's first '=' or ':' ({@link #delimiter}, -1 when none), the end of the key
     * before it without trailing blanks ({@link #keyEnd}) and that key's {@code String.hashCode}
     * ({@link #keyHash}), all in one pass: a file of thousands of settings is mostly keys.
     */
    private void scanKey(String text, int first, int last) {
        int hash = 0;
        delimiter = -1;
        keyEnd = first;
        keyHash = 0;
        for (int i = first; i < last; i++) {
            char c = text.charAt(i);
            if (c == '=' || c == ':') {
                delimiter = i;
                return;
            }
            hash = 31 * hash + c;
            // The common case inline: isSpace is too large for C1 to inline, and this runs per character.
            if ((c > ' ' && c < '\u0085') || !PythonText.isSpace(c)) {
                keyEnd = i + 1;
                keyHash = hash;
            }
        }
    }

    /** The first '=' or ':' in {@code s[from, to)}, or -1. */
    private static int delimiterIndex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
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
        option.addTo(option.owner.isDefaults() ? defaults : option.owner.options());
        option = null;
    }

    private ProfileFileException error(int line, String problem) {
        return new ProfileFileException(fileName, line + 1, problem);
    }

    /**
     * Collects one setting's value parts while its continuation lines are read. One instance
     * serves every setting of the file in turn: most settings are one line and need no state.
     */
    private final class OptionBuilder {
        ParsedSection owner;
        String key;
        int line;
        private int valueStart;
        private int valueEnd;
        private StringBuilder more;
        private int lastLine;
        private int pendingBlanks;

        OptionBuilder begin(ParsedSection owner, String key, int line, int valueStart, int valueEnd) {
            this.owner = owner;
            this.key = key;
            this.line = line;
            this.valueStart = valueStart;
            this.valueEnd = valueEnd;
            this.more = null;
            this.lastLine = line;
            this.pendingBlanks = 0;
            return this;
        }

        void blank() {
            pendingBlanks++;
        }

        void continuation(int from, int to, int at) {
            if (more == null) {
                // Most settings are one line: only multi-line values pay for a builder.
                more = new StringBuilder().append(lines.text(), valueStart, valueEnd);
            }
            for (; pendingBlanks > 0; pendingBlanks--) {
                more.append('\n');
            }
            more.append('\n').append(lines.text(), from, to);
            lastLine = at;
        }

        void addTo(OptionTable table) {
            if (more == null) {
                table.addOneLine(key, line, valueStart, valueEnd);
                return;
            }
            // A value that starts with a line break (an empty first line) is a nested block.
            Map<String, String> nested = valueStart == valueEnd ? nested() : null;
            table.add(ParsedOption.multiLine(key, line, lastLine + 1, more.toString(), nested));
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
