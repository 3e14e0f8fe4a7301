package dev.awsmfa.cli;

import java.util.List;

/** Lays out rows of text in left-aligned columns two spaces apart, without trailing blanks. */
final class TextTable {
    private TextTable() {
    }

    static String render(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        long lastCells = 0;
        for (List<String> row : rows) {
            lastCells += widen(widths, row);
        }
        int padded = 0;
        for (int i = 0; i < widths.length - 1; i++) {
            padded += widths[i] + 2;
        }
        // One builder of the final size: no copy per line, no regrowth of a text of thousands of rows.
        long size = rows.size() * (padded + 1L) + lastCells;
        StringBuilder text = new StringBuilder((int) Math.min(size, Integer.MAX_VALUE - 8));
        String[] padding = new String[padded + 1];
        for (List<String> row : rows) {
            appendLine(text, row, widths, padding);
        }
        return text.toString();
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

    private static void appendLine(StringBuilder text, List<String> row, int[] widths, String[] padding) {
        int lineStart = text.length();
        int last = widths.length - 1;
        for (int i = 0; i < last; i++) {
            String cell = row.get(i);
            int blanks = widths[i] - cell.length() + 2;
            if (padding[blanks] == null) {
                padding[blanks] = " ".repeat(blanks);
            }
            text.append(cell).append(padding[blanks]);
        }
        text.append(row.get(last));
        // What String.stripTrailing removes (no code point outside the BMP is white space).
        int end = text.length();
        while (end > lineStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        text.setLength(end);
        text.append('\n');
    }
}
