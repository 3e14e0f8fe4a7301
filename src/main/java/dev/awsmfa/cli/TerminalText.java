package dev.awsmfa.cli;

/**
 * Text from files or arguments made safe for a terminal: control characters (an ESC sequence in a section
 * name can retitle or clear it) and the Unicode controls that reorder text become escapes such as {@code \x1b};
 * and the number of columns a terminal gives such text, to line up a table.
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

    /**
     * The columns a terminal gives this text: two for an East Asian wide or fullwidth character (CJK, kana,
     * Hangul, fullwidth forms, emoji), none for a combining mark or a format character, one for the rest.
     * Wide ranges are the W and F ranges of Unicode's EastAsianWidth.txt, exact for CJK, kana, Hangul and
     * fullwidth forms; the emoji blocks are taken whole, though some of their pictographs are narrow (terminals
     * disagree on those anyway).
     */
    static int width(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            columns += width(c);
        }
        return columns;
    }

    static int width(int c) {
        // Below U+0300 (the first combining mark) everything is one column: no table lookup for ASCII.
        if (c < 0x300) {
            return 1;
        }
        int type = Character.getType(c);
        // The medial vowels and final consonants of conjoining Hangul join the syllable before them.
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || (c >= 0x1160 && c <= 0x11ff)) {
            return 0;
        }
        return isWide(c) ? 2 : 1;
    }

    private static boolean isWide(int c) {
        if (c < 0x1100) {
            return false;
        }
        if (c < 0x2e80) {
            return c <= 0x115f // Hangul initial consonants
                    || c == 0x2329 || c == 0x232a // angle brackets
                    || (c >= 0x231a && c <= 0x231b) || (c >= 0x23e9 && c <= 0x23ec) || c == 0x23f0 || c == 0x23f3
                    || (c >= 0x25fd && c <= 0x25fe) || (c >= 0x2614 && c <= 0x2615) || (c >= 0x2648 && c <= 0x2653)
                    || c == 0x267f || c == 0x2693 || c == 0x26a1 || (c >= 0x26aa && c <= 0x26ab)
                    || (c >= 0x26bd && c <= 0x26be) || (c >= 0x26c4 && c <= 0x26c5) || c == 0x26ce || c == 0x26d4
                    || c == 0x26ea || (c >= 0x26f2 && c <= 0x26f3) || c == 0x26f5 || c == 0x26fa || c == 0x26fd
                    || c == 0x2705 || (c >= 0x270a && c <= 0x270b) || c == 0x2728 || c == 0x274c || c == 0x274e
                    || (c >= 0x2753 && c <= 0x2755) || c == 0x2757 || (c >= 0x2795 && c <= 0x2797) || c == 0x27b0
                    || c == 0x27bf || (c >= 0x2b1b && c <= 0x2b1c) || c == 0x2b50 || c == 0x2b55; // emoji
        }
        return (c <= 0xa4cf && c != 0x303f && (c < 0x3248 || c > 0x324f) && (c < 0x4dc0 || c > 0x4dff))
                // CJK radicals and punctuation, kana, Bopomofo, CJK ideographs, Yi
                || (c >= 0xa960 && c <= 0xa97f) // Hangul Jamo extended-A
                || (c >= 0xac00 && c <= 0xd7a3) // Hangul syllables
                || (c >= 0xf900 && c <= 0xfaff) // CJK compatibility ideographs
                || (c >= 0xfe10 && c <= 0xfe19) || (c >= 0xfe30 && c <= 0xfe6f) // vertical and small forms
                || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) // fullwidth forms
                || (c >= 0x16fe0 && c <= 0x18d8f) || (c >= 0x1b000 && c <= 0x1b2ff) // Tangut, kana supplements
                || c == 0x1f004 || c == 0x1f0cf || c == 0x1f18e || (c >= 0x1f191 && c <= 0x1f19a) // tiles, squared
                || (c >= 0x1f200 && c <= 0x1f2ff) // enclosed ideographs
                || (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x1f680 && c <= 0x1f6ff) // pictographs, emoticons
                || (c >= 0x1f7e0 && c <= 0x1f7eb) || (c >= 0x1f90c && c <= 0x1f9ff)
                || (c >= 0x1fa70 && c <= 0x1faff) // more pictographs
                || (c >= 0x20000 && c <= 0x3fffd); // CJK extensions B and later
    }
}
