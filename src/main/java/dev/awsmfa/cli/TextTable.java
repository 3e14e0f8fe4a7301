package dev.awsmfa.cli;

import java.util.ArrayList;
import java.util.List;

/** Left-aligned columns two spaces apart, no trailing blanks, each cell made safe first ({@link TerminalText}). */
final class TextTable {
    private TextTable() {
    }

    static String render(List<List<String>> cells) {
        List<List<String>> rows = new ArrayList<>(cells.size());
        int[] widths = new int[cells.get(0).size()];
        for (List<String> row : cells) {
            List<String> safe = new ArrayList<>(row.size());
            for (int i = 0; i < widths.length; i++) {
                safe.add(TerminalText.safe(row.get(i)));
                widths[i] = Math.max(widths[i], safe.get(i).length());
            }
            rows.add(safe);
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = row.get(i);
                line.append(cell);
                if (i < widths.length - 1) {
                    line.append(" ".repeat(widths[i] - cell.length() + 2));
                }
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
