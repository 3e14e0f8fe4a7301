package dev.awsmfa.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads lines as Python's {@code configparser.RawConfigParser} does for botocore (strict, {@code =} and {@code :}
 * delimiters, whole-line {@code #}/{@code ;} comments, indented continuation lines, blank lines kept inside
 * values) and refuses what the AWS CLI refuses.
 */
final class ProfileParser {
    static final String DEFAULTS = "DEFAULT";
    private static final String REFUSED = "the AWS CLI refuses the whole file: ";

    private final String fileName;
    private final TextLines lines;
    private final String text;
    private final List<ParsedSection> sections = new ArrayList<>();
    /** In file order: for credentials it is the profile map as it stands (see ProfileNaming). */
    private final Map<String, ParsedSection> byName = new LinkedHashMap<>();
    private final ParsedSection defaults = new ParsedSection(DEFAULTS, -1);
    private ParsedSection section;
    private int indentLevel;
    /** The setting being read, until the next statement shows it has no more continuation lines. */
    private ParsedSection owner;
    private String key;
    private int line;
    private int lastLine;
    private StringBuilder value;
    private int pendingBlanks;

    private ProfileParser(String fileName, TextLines lines) {
        this.fileName = fileName;
        this.lines = lines;
        this.text = lines.text();
    }

    static ParsedFile parse(String fileName, TextLines lines) {
        return new ProfileParser(fileName, lines).run();
    }

    private ParsedFile run() {
        for (int i = 0; i < lines.count(); i++) {
            readLine(i);
        }
        finishSection(lines.count());
        return new ParsedFile(lines, sections, byName, defaults.options());
    }

    private void readLine(int i) {
        int from = lines.start(i);
        int to = lines.contentEnd(i);
        int first = PythonText.skipSpace(text, from, to);
        if (first == to) {
            pendingBlanks++;
            return;
        }
        char c = text.charAt(first);
        if (c == '#' || c == ';') {
            return;
        }
        int last = PythonText.trimEnd(text, first, to);
        if (key != null && first - from > indentLevel) {
            for (; pendingBlanks > 0; pendingBlanks--) {
                value.append('\n');
            }
            value.append('\n').append(text, first, last);
            lastLine = i;
            return;
        }
        pendingBlanks = 0;
        indentLevel = first - from;
        int close = c == '[' ? closingBracket(first, last) : -1;
        if (close >= 0) {
            startSection(text.substring(first + 1, close), i);
        } else if (section == null) {
            throw error(i, describe(text.substring(first, last)) + " comes before the first [section] header; "
                    + REFUSED + "put a section header such as [default] above it, or delete it");
        } else {
            startOption(first, last, i);
        }
    }

    /** configparser's greedy {@code \[(.+)\]}: the last ']' of the statement, with a name before it. */
    private int closingBracket(int first, int last) {
        for (int i = last - 1; i >= first + 2; i--) {
            if (text.charAt(i) == ']') {
                return i;
            }
        }
        return -1;
    }

    private static String describe(String statement) {
        int at = delimiter(statement, 0, statement.length());
        return at > 0 ? "setting '" + statement.substring(0, at).strip() + "'" : "a line";
    }

    private void startSection(String name, int at) {
        finishSection(at);
        ParsedSection previous = byName.get(name);
        if (previous != null) {
            throw error(at, "duplicate section [" + name + "] (first at line " + (previous.headerLine() + 1)
                    + "); " + REFUSED + "remove or rename one of them");
        }
        section = new ParsedSection(name, at);
        sections.add(section);
        if (!section.isDefaults()) {
            byName.put(name, section);
        }
    }

    private void startOption(int first, int last, int at) {
        int delimiter = delimiter(text, first, last);
        if (delimiter < 0) {
            String statement = text.substring(first, last);
            throw error(at, statement.charAt(0) == '['
                    ? "section header '" + statement + "' has no closing ']'; " + REFUSED + "add the ']'"
                    : "this line is not 'key = value', a [section] header or a comment; " + REFUSED
                    + "fix it, indent it to continue the value above, or start it with '#'");
        }
        int keyEnd = PythonText.trimEnd(text, first, delimiter);
        if (keyEnd == first) {
            throw error(at, "a setting has no key name before its '" + text.charAt(delimiter) + "'; "
                    + REFUSED + "add the key name or delete the line");
        }
        String name = text.substring(first, keyEnd).toLowerCase(Locale.ROOT);
        ParsedSection into = section.isDefaults() ? defaults : section;
        ParsedOption previous = into.options().get(name);
        boolean pending = key != null && key.equals(name) && owner == into;
        if (previous != null || pending) {
            throw error(at, "duplicate key '" + name + "' in [" + section.name() + "] (first at line "
                    + ((pending ? line : previous.line()) + 1) + "; key names ignore case); " + REFUSED
                    + "remove one of them");
        }
        finishOption();
        int valueStart = PythonText.skipSpace(text, delimiter + 1, last);
        owner = into;
        key = name;
        line = at;
        lastLine = at;
        value = new StringBuilder().append(text, valueStart, PythonText.trimEnd(text, valueStart, last));
    }

    /** The first '=' or ':' in {@code s[from, to)}, or -1. */
    private static int delimiter(String s, int from, int to) {
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
        if (key != null) {
            String whole = value.toString();
            // A value that starts with a line break (an empty first line) is a nested block.
            Map<String, String> nested = lastLine > line && whole.startsWith("\n") ? nested() : null;
            owner.add(new ParsedOption(key, line, lastLine + 1, whole, nested));
            key = null;
        }
    }

    /** botocore's {@code _parse_nested}: every non-blank line of the block must hold an '='. */
    private Map<String, String> nested() {
        Map<String, String> block = new LinkedHashMap<>();
        for (int i = line + 1; i <= lastLine; i++) {
            int from = lines.start(i);
            int to = lines.contentEnd(i);
            int first = PythonText.skipSpace(text, from, to);
            if (first == to || text.charAt(first) == '#' || text.charAt(first) == ';') {
                continue;
            }
            String part = text.substring(first, PythonText.trimEnd(text, first, to));
            int start = 0;
            for (int j = 0; j <= part.length(); j++) {
                if (j == part.length() || PythonText.isLineBreak(part.charAt(j))) {
                    String piece = PythonText.strip(part, start, j);
                    start = j + 1;
                    int equals = piece.indexOf('=');
                    if (!piece.isEmpty() && equals < 0) {
                        throw error(i, "a line of the nested block '" + key + " =' in [" + owner.name()
                                + "] has no '=' (':' does not work inside nested blocks); " + REFUSED
                                + "write it as 'name = value', or un-indent it if it is not part of '" + key + "'");
                    }
                    if (!piece.isEmpty()) {
                        block.put(PythonText.strip(piece, 0, equals),
                                PythonText.strip(piece, equals + 1, piece.length()));
                    }
                }
            }
        }
        return Collections.unmodifiableMap(block);
    }

    private ProfileFileException error(int at, String problem) {
        return new ProfileFileException(fileName, at + 1, problem);
    }
}
