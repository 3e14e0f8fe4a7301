package dev.awsmfa.keys;

import java.nio.charset.StandardCharsets;

/**
 * A profile name as one path segment for the stores that keep entries as files ({@code pass}, the encrypted
 * file): every byte outside letters, digits and {@code - _ . @ + = ,} is written {@code %XX}, and so is a leading
 * dot, so that no name can climb out of the store's folder, hide, or nest.
 */
final class EntryNames {
    private EntryNames() {
    }

    static String segment(String entry) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = entry.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean plain = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                    || "-_.@+=,".indexOf(b) >= 0;
            if (plain && !(i == 0 && b == '.')) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
