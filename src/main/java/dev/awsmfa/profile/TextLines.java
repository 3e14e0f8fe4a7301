package dev.awsmfa.profile;

import java.nio.charset.StandardCharsets;
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

    /** The lines of a file's bytes, decoded as {@link Utf8Decoder} decodes them. */
    static TextLines decode(String fileName, byte[] bytes) {
        TextLines ascii = ofAscii(bytes);
        return ascii != null ? ascii : of(Utf8Decoder.decode(fileName, bytes));
    }

    static TextLines of(String text) {
        Splitter splitter = new Splitter(text);
        // One call a line: under C1 a method is compiled after a few hundred calls, a loop body
        // only after ~60,000 turns, so a loop that did the work itself would run interpreted.
        while (splitter.addLine()) {
            // the splitter collects the lines
        }
        return splitter.breaks.lines(text);
    }

    /**
     * The lines of bytes that are all ASCII (as most AWS files are), found in the pass that checks
     * it: under C1 a byte array scans several times faster than a String. {@code null} when a byte
     * is not ASCII.
     */
    private static TextLines ofAscii(byte[] bytes) {
        Breaks breaks = new Breaks(bytes.length);
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b <= '\r') {
                if (b < 0) {
                    return null;
                }
                if (b == '\n' || b == '\r') {
                    breaks.add(start, i);
                    if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
        }
        if (start < bytes.length) {
            breaks.add(start, bytes.length);
        }
        return breaks.lines(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    /** Where each line starts and where its content ends, as they are found. */
    private static final class Breaks {
        private int[] starts;
        private int[] ends;
        private int count;

        Breaks(int textLength) {
            // AWS files average about 30 characters a line: a guess that rarely has to grow.
            int capacity = Math.max(16, textLength / 24);
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void add(int start, int contentEnd) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count++] = contentEnd;
        }

        TextLines lines(String text) {
            return new TextLines(text, starts, ends, count);
        }
    }

    /** Finds line breaks with indexOf, which scans the string's bytes far faster than charAt. */
    private static final class Splitter {
        private final String text;
        private final int length;
        private final Breaks breaks;
        private int start;
        private int nextLf = -1;
        private int nextCr = -1;

        Splitter(String text) {
            this.text = text;
            this.length = text.length();
            this.breaks = new Breaks(length);
        }

        /** Adds the line at {@code start}; false when the text is used up. */
        boolean addLine() {
            if (start >= length) {
                return false;
            }
            // Each kind of break is searched for again only once passed, so each is scanned once.
            if (nextLf < start) {
                nextLf = breakAtOrAfter('\n', start);
            }
            if (nextCr < start) {
                nextCr = breakAtOrAfter('\r', start);
            }
            int end = Math.min(nextLf, nextCr);
            breaks.add(start, end);
            boolean crlf = end == nextCr && end + 1 == nextLf;
            start = end == length ? length : end + (crlf ? 2 : 1);
            return true;
        }

        private int breakAtOrAfter(char c, int from) {
            int at = text.indexOf(c, from);
            return at < 0 ? length : at;
        }
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
