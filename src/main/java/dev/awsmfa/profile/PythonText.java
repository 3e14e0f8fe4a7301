package dev.awsmfa.profile;

/** Python's whitespace and line breaks, which botocore inherits: Java's strip() keeps no-break spaces Python strips. */
final class PythonText {
    private PythonText() {
    }

    /** {@code str.isspace()} for one character. */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
        }
        if (c < '\u0085') {
            // Every character of a key or value in most files: answered by one more comparison.
            return false;
        }
        return c == '\u0085' || c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a')
                || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }

    /** Index of the first non-space character in {@code [from, to)}, or {@code to}. */
    static int skipSpace(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index just after the last non-space character in {@code [from, to)}, or {@code from}. */
    static int trimEnd(CharSequence s, int from, int to) {
        int i = to;
        while (i > from && isSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** {@code str.strip()} of {@code s.substring(from, to)}. */
    static String strip(String s, int from, int to) {
        int start = skipSpace(s, from, to);
        return s.substring(start, trimEnd(s, start, to));
    }

    static String strip(String s) {
        return strip(s, 0, s.length());
    }

    /** Whether {@code str.splitlines()} breaks a line at this character. */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || (c >= '\u001c' && c <= '\u001e')
                || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
