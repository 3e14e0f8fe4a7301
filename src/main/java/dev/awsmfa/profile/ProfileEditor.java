package dev.awsmfa.profile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites one section's text, every other character left alone: replaces values, drops settings with their
 * continuation lines, appends settings after the section's last one, appends a section, or cuts sections out.
 */
final class ProfileEditor {
    private final TextLines lines;
    private final String text;
    private final String eol;

    ProfileEditor(TextLines lines) {
        this.lines = lines;
        this.text = lines.text();
        this.eol = lines.dominantEnding();
    }

    /** The text with {@code values} applied to {@code section}; a {@code null} value removes its key. */
    String withValues(ParsedSection section, Map<String, String> values) {
        int header = section.headerLine();
        ParsedOption last = section.lastOption();
        int insertAt = last != null ? last.spanEnd() : header + 1;
        StringBuilder out = new StringBuilder(text.length() + 256);
        out.append(text, 0, lines.start(header));
        Map<Integer, ParsedOption> byLine = new HashMap<>();
        for (ParsedOption option : section.options().values()) {
            byLine.put(option.line(), option);
        }
        int line = header;
        while (line < insertAt) {
            ParsedOption option = byLine.get(line);
            if (option != null && values.containsKey(option.key())) {
                String value = values.get(option.key());
                if (value != null) {
                    out.append(rewrite(line, option.key(), value))
                            .append(text, lines.contentEnd(line), lines.end(line));
                }
                line = option.spanEnd();
            } else {
                out.append(text, lines.start(line), lines.end(line));
                line++;
            }
        }
        String indent = section.endLine() < lines.count() ? leadingSpace(section.endLine()) : "";
        boolean ended = false;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (entry.getValue() != null && !section.options().containsKey(entry.getKey())) {
                if (!ended) {
                    endLastLine(out);
                    ended = true;
                }
                out.append(indent).append(plainLine(entry.getKey(), entry.getValue())).append(eol);
            }
        }
        return out.append(text, lines.start(insertAt), text.length()).toString();
    }

    /** The text with a new section appended after one blank line; {@code null} values are skipped. */
    String withNewSection(String name, Map<String, String> values) {
        StringBuilder out = new StringBuilder(text.length() + 256).append(text);
        if (lines.count() > 0) {
            endLastLine(out);
            int last = lines.count() - 1;
            if (PythonText.skipSpace(text, lines.start(last), lines.contentEnd(last)) < lines.contentEnd(last)) {
                out.append(eol);
            }
        }
        out.append('[').append(name).append(']').append(eol);
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (entry.getValue() != null) {
                out.append(plainLine(entry.getKey(), entry.getValue())).append(eol);
            }
        }
        return out.toString();
    }

    /** Without these sections, each to the next header but the comment lines right above it, which describe it. */
    String without(List<ParsedSection> sections) {
        StringBuilder out = new StringBuilder(text);
        // Cut from the end so earlier offsets stay valid; sections come in file order.
        for (int i = sections.size() - 1; i >= 0; i--) {
            ParsedSection section = sections.get(i);
            out.delete(lines.start(section.headerLine()), lines.start(cutEnd(section)));
        }
        return out.toString();
    }

    private int cutEnd(ParsedSection section) {
        int next = section.endLine();
        if (next >= lines.count()) {
            return next;
        }
        ParsedOption last = section.lastOption();
        int floor = last != null ? last.spanEnd() : section.headerLine() + 1;
        int cut = next;
        while (cut > floor && isComment(cut - 1)) {
            cut--;
        }
        return cut;
    }

    private boolean isComment(int line) {
        int first = PythonText.skipSpace(text, lines.start(line), lines.contentEnd(line));
        return first < lines.contentEnd(line) && (text.charAt(first) == '#' || text.charAt(first) == ';');
    }

    /** The line with its value replaced, the key lower-cased, indentation and '=' spacing kept. */
    private String rewrite(int line, String key, String value) {
        int from = lines.start(line);
        int to = lines.contentEnd(line);
        int first = PythonText.skipSpace(text, from, to);
        int delimiter = first;
        while (text.charAt(delimiter) != '=' && text.charAt(delimiter) != ':') {
            delimiter++;
        }
        String before = text.substring(PythonText.trimEnd(text, first, delimiter), delimiter);
        String after = text.substring(delimiter + 1, PythonText.skipSpace(text, delimiter + 1, to));
        String head = text.substring(from, first) + key;
        String rewritten = text.charAt(delimiter) == '=' && isPlainSpace(before) && isPlainSpace(after)
                ? head + before + '=' + (after.isEmpty() && !before.isEmpty() ? " " : after) + value
                : head + " = " + value;
        return value.isEmpty() ? rewritten.substring(0, PythonText.trimEnd(rewritten, 0, rewritten.length()))
                : rewritten;
    }

    private static boolean isPlainSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != ' ' && s.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String plainLine(String key, String value) {
        return value.isEmpty() ? key.concat(" =") : new StringBuilder(key).append(" = ").append(value).toString();
    }

    private String leadingSpace(int line) {
        return text.substring(lines.start(line), PythonText.skipSpace(text, lines.start(line), lines.contentEnd(line)));
    }

    private void endLastLine(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n' && out.charAt(out.length() - 1) != '\r') {
            out.append(eol);
        }
    }
}
