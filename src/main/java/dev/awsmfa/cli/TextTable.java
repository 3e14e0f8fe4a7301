package dev.awsmfa.cli;

import java.util.List;

/** Lays out rows of text in left-aligned columns two spaces apart, without trailing blanks. */
final class TextTable {
    private final int[] widths;
    private final String[] padding;
    private final long length;

    /** @param padded the width of every column but the last, with the two blanks after each */
    private TextTable(int[] widths, int padded, long length) {
        this.widths = widths;
        this.padding = new String[padded + 1];
        this.length = length;
    }

    static String render(List<List<String>> rows) {
        TextTable table = of(rows);
        StringBuilder text = new StringBuilder(table.expectedLength());
        for (List<String> row : rows) {
            table.appendLine(text, row);
        }
        return text.toString();
    }

    /** The layout of these rows: each column as wide as its widest cell (the last column is never padded). */
    static TextTable of(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        long lastCells = 0;
        for (List<String> row : rows) {
            lastCells += widen(widths, row);
        }
        int padded = 0;
        for (int i = 0; i < widths.length - 1; i++) {
            padded += widths[i] + 2;
        }
        return new TextTable(widths, padded, rows.size() * (padded + 1L) + lastCells);
    }

    /** What the rows take laid out, for a builder of the final size: no regrowth of a text of thousands of rows. */
    int expectedLength() {
        return (int) Math.min(length, Integer.MAX_VALUE - 8);
    }

    // A call per row rather than nested loops: under C1 a method is compiled after a few hundred
    // calls, while a loop body waits for ~60,000 turns, longer than a table of thousands of rows.
    /** Widens the columns to fit the row; returns the length of its last cell, which is never padded. */
    private static int widen(int[] widths, List<String> row) {
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i], row.get(i).length());
        }
        return row.get(widths.length - 1).length();
    }

    /** The row as a line: its cells padded, the last one not, no blank at the end, then a line break. */
    void appendLine(StringBuilder text, List<String> row) {
        int lineStart = text.length();
        appendLeading(text, row);
        text.append(row.get(widths.length - 1));
        // What String.stripTrailing removes (no code point outside the BMP is white space).
        int end = text.length();
        while (end > lineStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        text.setLength(end);
        text.append('\n');
    }

    /**
     * Every cell of the row but the last, each padded to its column: for a caller that writes
     * the last cell itself, which must then not be blank.
     */
    void appendLeading(StringBuilder text, List<String> row) {
        int last = widths.length - 1;
        for (int i = 0; i < last; i++) {
            String cell = row.get(i);
            int blanks = widths[i] - cell.length() + 2;
            if (padding[blanks] == null) {
                padding[blanks] = " ".repeat(blanks);
            }
            text.append(cell).append(padding[blanks]);
        }
    }
}
