package dev.awsmfa.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Left-aligned columns two spaces apart, no trailing blanks, each cell made safe first and measured in terminal
 * columns, so that names in CJK (two columns a character) line up ({@link TerminalText}).
 */
final class TextTable {
    private TextTable() {
    }

    static String render(List<List<String>> cells) {
        List<List<String>> rows = new ArrayList<>(cells.size());
        List<int[]> cellWidths = new ArrayList<>(cells.size());
        int[] widths = new int[cells.get(0).size()];
        for (List<String> row : cells) {
            List<String> safe = new ArrayList<>(row.size());
            int[] rowWidths = new int[widths.length];
            for (int i = 0; i < widths.length; i++) {
                safe.add(TerminalText.safe(row.get(i)));
                rowWidths[i] = TerminalText.width(safe.get(i));
                widths[i] = Math.max(widths[i], rowWidths[i]);
            }
            rows.add(safe);
            cellWidths.add(rowWidths);
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(row.get(i));
                if (i < widths.length - 1) {
                    line.append(" ".repeat(widths[i] - cellWidths.get(r)[i] + 2));
                }
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
