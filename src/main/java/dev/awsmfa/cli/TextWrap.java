package dev.awsmfa.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of at most a given width, broken at spaces only: a path, an ARN or a flag is never split (a word longer
 * than the width gets a line of its own). The JDK's line breaker would split {@code ~/.aws/config} after the dot.
 */
final class TextWrap {
    private TextWrap() {
    }

    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split(" +")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** {@code text} wrapped to {@code width}, every line indented by {@code indent} spaces, each ending in a newline. */
    static String indented(String text, int indent, int width) {
        StringBuilder out = new StringBuilder();
        String margin = " ".repeat(indent);
        for (String line : lines(text, Math.max(1, width - indent))) {
            out.append(margin).append(line).append('\n');
        }
        return out.toString();
    }
}
