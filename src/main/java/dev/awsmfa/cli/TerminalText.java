package dev.awsmfa.cli;

/**
 * Text from files or arguments made safe for a terminal: control characters (an ESC sequence in a section
 * name can retitle or clear it) and the Unicode controls that reorder text become escapes such as {@code \x1b}.
 */
final class TerminalText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TerminalText() {
    }

    static String safe(String text) {
        int first = 0;
        while (first < text.length() && !isControl(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                safe.append(c);
            } else if (c <= 0xff) {
                safe.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            } else {
                safe.append("\\u").append(HEX[c >> 12]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                        .append(HEX[c & 0xf]);
            }
        }
        return safe.toString();
    }

    /** C0 and C1 controls, DEL, and the bidirectional overrides and isolates. */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
