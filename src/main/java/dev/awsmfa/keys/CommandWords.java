package dev.awsmfa.keys;

import dev.awsmfa.Platform;
import dev.awsmfa.profile.ShlexSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code credential_process} line split into the program and its arguments as botocore splits it: POSIX shlex
 * rules, except on Windows, where botocore follows the C runtime's rules instead (a backslash is literal unless
 * it precedes a double quote), so that {@code C:\tools\keys.exe} stays a path.
 */
final class CommandWords {
    private CommandWords() {
    }

    /** The words, or {@code null} for an unbalanced quote (or, on POSIX, a trailing backslash). */
    static List<String> of(String line) {
        return Platform.WINDOWS ? windows(line) : ShlexSplitter.split(line);
    }

    /** botocore's Windows rules: 2n backslashes and a quote are n backslashes and a toggle, 2n+1 are n and a quote. */
    static List<String> windows(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean started = false;
        boolean quoted = false;
        int backslashes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                backslashes++;
                continue;
            }
            if (c == '"') {
                word.append("\\".repeat(backslashes / 2));
                boolean escaped = backslashes % 2 == 1;
                backslashes = 0;
                started = true;
                if (escaped) {
                    word.append('"');
                } else {
                    quoted = !quoted;
                }
                continue;
            }
            word.append("\\".repeat(backslashes));
            started |= backslashes > 0;
            backslashes = 0;
            if ((c == ' ' || c == '\t') && !quoted) {
                if (started) {
                    words.add(word.toString());
                    word.setLength(0);
                    started = false;
                }
            } else {
                word.append(c);
                started = true;
            }
        }
        if (quoted) {
            return null;
        }
        word.append("\\".repeat(backslashes));
        if (started || backslashes > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
