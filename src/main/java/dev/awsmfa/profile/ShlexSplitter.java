package dev.awsmfa.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code shlex.split(s)} (POSIX, no comments), which botocore applies to config section names to find
 * {@code [profile NAME]} and, on POSIX, to {@code credential_process} to run it without a shell: quotes group words, a
 * backslash escapes, an unbalanced quote makes no profile at all.
 */
public final class ShlexSplitter {
    private ShlexSplitter() {
    }

    /** The words, or {@code null} where Python raises {@code ValueError}. */
    public static List<String> split(String s) {
        List<String> words = new ArrayList<>(2);
        StringBuilder word = null;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i++);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            if (word == null) {
                word = new StringBuilder();
            }
            if (c == '\\') {
                if (i == n) {
                    return null;
                }
                word.append(s.charAt(i++));
            } else if (c == '\'') {
                int close = s.indexOf('\'', i);
                if (close < 0) {
                    return null;
                }
                word.append(s, i, close);
                i = close + 1;
            } else if (c == '"') {
                i = readDoubleQuoted(s, i, word);
                if (i < 0) {
                    return null;
                }
            } else {
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** Appends a double-quoted part starting after its quote; returns the index after the closing quote, or -1. */
    private static int readDoubleQuoted(String s, int from, StringBuilder word) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return i;
            }
            if (c == '\\') {
                if (i == s.length()) {
                    return -1;
                }
                char next = s.charAt(i++);
                if (next != '"' && next != '\\') {
                    word.append('\\');
                }
                word.append(next);
            } else {
                word.append(c);
            }
        }
        return -1;
    }
}
