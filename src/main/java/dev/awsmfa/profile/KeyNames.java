package dev.awsmfa.profile;

import java.util.Locale;

/**
 * Hands out one lower-cased key String per distinct spelling while a file is parsed: a file of
 * thousands of sections repeats the same dozen keys, which then need neither a copy each nor a
 * throw-away substring to look them up.
 */
final class KeyNames {
    private String[] spellings = new String[64];
    private String[] keys = new String[64];
    private int size;

    /** The lower-cased key spelled by {@code text[from, to)}. */
    String key(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return key(text, from, to, hash);
    }

    /**
     * The lower-cased key spelled by {@code text[from, to)}, whose {@code String.hashCode} the
     * caller computed while scanning the text anyway.
     */
    String key(String text, int from, int to, int hash) {
        int length = to - from;
        int mask = spellings.length - 1;
        int slot = spread(hash) & mask;
        for (String spelling = spellings[slot]; spelling != null; spelling = spellings[slot]) {
            if (spelling.length() == length && text.startsWith(spelling, from)) {
                return keys[slot];
            }
            slot = (slot + 1) & mask;
        }
        String spelling = text.substring(from, to);
        // Interned: look-ups by the constant key names then match on identity, before comparing characters.
        String key = spelling.toLowerCase(Locale.ROOT).intern();
        spellings[slot] = spelling;
        keys[slot] = key;
        if (++size * 2 > spellings.length) {
            grow();
        }
        return key;
    }

    private void grow() {
        String[] oldSpellings = spellings;
        String[] oldKeys = keys;
        spellings = new String[oldSpellings.length * 2];
        keys = new String[oldKeys.length * 2];
        int mask = spellings.length - 1;
        for (int i = 0; i < oldSpellings.length; i++) {
            if (oldSpellings[i] != null) {
                // String.hashCode is the same polynomial as the one computed over the range above.
                int slot = spread(oldSpellings[i].hashCode()) & mask;
                while (spellings[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                spellings[slot] = oldSpellings[i];
                keys[slot] = oldKeys[i];
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
