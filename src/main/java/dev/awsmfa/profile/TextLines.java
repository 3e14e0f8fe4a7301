package dev.awsmfa.profile;

import java.util.Arrays;

/** Text split as Python reads lines ({@code \n}, {@code \r\n} or a lone {@code \r}), each ending kept to rebuild it. */
final class TextLines {
    private final String text;
    private int[] starts = new int[16];
    private int[] contentEnds = new int[16];
    private int count;

    private TextLines(String text) {
        this.text = text;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(start, i);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            add(start, text.length());
        }
    }

    static TextLines decode(String fileName, byte[] bytes) {
        return new TextLines(Utf8Decoder.decode(fileName, bytes));
    }

    static TextLines of(String text) {
        return new TextLines(text);
    }

    private void add(int start, int contentEnd) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            contentEnds = Arrays.copyOf(contentEnds, count * 2);
        }
        starts[count] = start;
        contentEnds[count++] = contentEnd;
    }

    String text() {
        return text;
    }

    int count() {
        return count;
    }

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

    /** The ending most lines use ({@code \n} on a tie or when no line has one). */
    String dominantEnding() {
        int lf = 0;
        int crlf = 0;
        int cr = 0;
        for (int i = 0; i < count; i++) {
            int length = end(i) - contentEnds[i];
            if (length == 2) {
                crlf++;
            } else if (length == 1 && text.charAt(contentEnds[i]) == '\n') {
                lf++;
            } else if (length == 1) {
                cr++;
            }
        }
        if (crlf > lf && crlf >= cr) {
            return "\r\n";
        }
        return cr > lf && cr > crlf ? "\r" : "\n";
    }
}
