package dev.awsmfa;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * PowerShell text: a script as {@code -EncodedCommand} takes it, and a single-quoted string literal, read back
 * unchanged: nothing is expanded inside one, and a quote is written twice; PowerShell takes the typographic single
 * quotes (U+2018 to U+201B) as quotes too, so they are doubled as well.
 */
public final class PowerShellText {
    private PowerShellText() {
    }

    /** {@code script} as {@code -EncodedCommand} takes it: the base64 of its UTF-16LE bytes. */
    public static String encodedCommand(String script) {
        return Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_16LE));
    }

    public static String singleQuoted(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            quoted.append(c);
            if ("'\u2018\u2019\u201A\u201B".indexOf(c) >= 0) {
                quoted.append(c);
            }
        }
        return quoted.append('\'').toString();
    }
}
