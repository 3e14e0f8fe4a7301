package dev.awsmfa.profile;

import java.util.Map;

/**
 * One setting of a section as botocore reads it, with the lines it occupies. The value stays in
 * the file's text until asked for: most values (every secret among them) are never read, and
 * a file of thousands of sections would otherwise hold each of them twice.
 */
final class ParsedOption {
    private final String key;
    private final int line;
    private final int spanEnd;
    private final String source;
    private final int valueStart;
    private final int valueEnd;
    private final Map<String, String> nested;

    private ParsedOption(String key, int line, int spanEnd, String source, int valueStart, int valueEnd,
            Map<String, String> nested) {
        this.key = key;
        this.line = line;
        this.spanEnd = spanEnd;
        this.source = source;
        this.valueStart = valueStart;
        this.valueEnd = valueEnd;
        this.nested = nested;
    }

    /** A setting on one line whose value is {@code text[from, to)}. */
    static ParsedOption oneLine(String key, int line, String text, int from, int to) {
        return new ParsedOption(key, line, line + 1, text, from, to, null);
    }

    /**
     * A setting with continuation lines.
     *
     * @param spanEnd 0-based index just after its last continuation line
     * @param value the value, continuation lines joined with {@code \n}
     * @param nested the nested block ({@code s3 =} + indented {@code k = v} lines), or {@code null}
     */
    static ParsedOption multiLine(String key, int line, int spanEnd, String value, Map<String, String> nested) {
        return new ParsedOption(key, line, spanEnd, value, 0, value.length(), nested);
    }

    /** The key, lower-cased. */
    String key() {
        return key;
    }

    /** 0-based index of the {@code key = value} line. */
    int line() {
        return line;
    }

    /** 0-based index just after its last continuation line. */
    int spanEnd() {
        return spanEnd;
    }

    /** The value, continuation lines joined with {@code \n}. */
    String value() {
        return source.substring(valueStart, valueEnd);
    }

    /** The nested block, or {@code null} for a plain value. */
    Map<String, String> nested() {
        return nested;
    }

    /** Without the value, which may be a secret. */
    @Override
    public String toString() {
        return "ParsedOption[" + key + " at line " + (line + 1) + "]";
    }
}
