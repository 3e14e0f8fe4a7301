package dev.awsmfa.profile;

import java.util.Arrays;

/**
 * A decoded file split into lines the way Python reads a text file ({@code \n}, {@code \r\n} or a
 * lone {@code \r} ends a line), keeping each line's ending so the text can be rebuilt exactly.
 */
final class TextLines {
    private final String text;
    private final int[] starts;
    private final int[] contentEnds;
    private final int count;

    private TextLines(String text, int[] starts, int[] contentEnds, int count) {
        this.text = text;
        this.starts = starts;
        this.contentEnds = contentEnds;
        this.count = count;
    }

    static TextLines of(String text) {
        int capacity = Math.max(16, text.length() / 32);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int count = 0;
        int start = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') {
                i++;
                continue;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count++] = i;
            i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
            start = i;
        }
        if (start < n) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count + 1);
                ends = Arrays.copyOf(ends, count + 1);
            }
            starts[count] = start;
            ends[count++] = n;
        }
        return new TextLines(text, starts, ends, count);
    }

    String text() {
        return text;
    }

    int count() {
        return count;
    }

    /** Offset of the line's first character. */
    int start(int line) {
        return line < count ? starts[line] : text.length();
    }

    /** Offset just after the line's content (where its ending starts). */
    int contentEnd(int line) {
        return contentEnds[line];
    }

    /** Offset just after the line's ending: the start of the next line. */
    int end(int line) {
        return line + 1 < count ? starts[line + 1] : text.length();
    }

    String content(int line) {
        return text.substring(starts[line], contentEnds[line]);
    }

    boolean hasEnding(int line) {
        return end(line) > contentEnds[line];
    }

    /** The ending most lines use ({@code \n} on a tie or when no line has one). */
    String dominantEnding() {
        int lf = 0;
        int crlf = 0;
        int cr = 0;
        for (int i = 0; i < count; i++) {
            int length = end(i) - contentEnds[i];
            if (length == 2) {
                crlf++;
            } else if (length == 1) {
                if (text.charAt(contentEnds[i]) == '\n') {
                    lf++;
                } else {
                    cr++;
                }
            }
        }
        if (crlf > lf && crlf >= cr) {
            return "\r\n";
        }
        return cr > lf && cr > crlf ? "\r" : "\n";
    }
}
