package dev.awsmfa.keys;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the top level of strict JSON (RFC 8259) that must be an object: its members as strings, numbers
 * ({@link BigDecimal}), booleans or null; nested objects and arrays are checked and kept as {@link #NESTED}.
 * A duplicate member, text after the object or anything JSON does not allow is refused: the output of
 * {@code credential_process} is all or nothing. Error texts give a position, never the text (it holds a secret).
 */
final class CredentialProcessJson {
    /** The value kept for a nested object or array, which no member awsmfa reads may be. */
    static final Object NESTED = new Object();
    private static final int MAX_DEPTH = 32;

    private final String text;
    private int at;

    private CredentialProcessJson(String text) {
        this.text = text;
    }

    /** Thrown for text that is not a strict JSON object; the message is safe to show. */
    static final class NotJson extends Exception {
        private static final long serialVersionUID = 1L;

        NotJson(String message) {
            super(message);
        }
    }

    static Map<String, Object> object(String text) throws NotJson {
        CredentialProcessJson parser = new CredentialProcessJson(text);
        parser.skipSpace();
        if (parser.at >= text.length() || text.charAt(parser.at) != '{') {
            throw new NotJson(text.isBlank() ? "it printed nothing" : "its output is not a JSON object");
        }
        Map<String, Object> members = parser.members(0);
        parser.skipSpace();
        if (parser.at < text.length()) {
            throw parser.error("text after the JSON object");
        }
        return members;
    }

    private Map<String, Object> members(int depth) throws NotJson {
        Map<String, Object> members = new LinkedHashMap<>();
        at++; // '{'
        skipSpace();
        if (peek() == '}') {
            at++;
            return members;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a member name");
            }
            int nameAt = at;
            String name = string();
            skipSpace();
            expect(':');
            Object value = value(depth);
            if (members.containsKey(name)) {
                at = nameAt;
                throw error("a member name that appears twice");
            }
            members.put(name, value);
            skipSpace();
            char next = peek();
            at++;
            if (next == '}') {
                return members;
            }
            if (next != ',') {
                at--;
                throw error("expected , or }");
            }
        }
    }

    private Object value(int depth) throws NotJson {
        skipSpace();
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '{' || c == '[') {
            if (depth >= MAX_DEPTH) {
                throw error("nested too deeply");
            }
            if (c == '{') {
                members(depth + 1);
            } else {
                array(depth + 1);
            }
            return NESTED;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
        }
        if (literal("true")) {
            return Boolean.TRUE;
        }
        if (literal("false")) {
            return Boolean.FALSE;
        }
        if (literal("null")) {
            return null;
        }
        throw error("expected a value");
    }

    private void array(int depth) throws NotJson {
        at++; // '['
        skipSpace();
        if (peek() == ']') {
            at++;
            return;
        }
        while (true) {
            value(depth);
            skipSpace();
            char next = peek();
            at++;
            if (next == ']') {
                return;
            }
            if (next != ',') {
                at--;
                throw error("expected , or ]");
            }
        }
    }

    private String string() throws NotJson {
        at++; // '"'
        StringBuilder value = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return value.toString();
            }
            if (c < 0x20) {
                throw error("a control character in a string");
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char escape = peek();
            at++;
            switch (escape) {
                case '"', '\\', '/' -> value.append(escape);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> value.append(unicodeEscape());
                default -> throw error("an invalid escape in a string");
            }
        }
        throw error("an unterminated string");
    }

    private char unicodeEscape() throws NotJson {
        if (at + 4 > text.length()) {
            throw error("an invalid \\u escape");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(at++), 16);
            if (digit < 0) {
                throw error("an invalid \\u escape");
            }
            code = code * 16 + digit;
        }
        return (char) code;
    }

    private BigDecimal number() throws NotJson {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
        } else if (!digits()) {
            throw error("an invalid number");
        }
        if (peek() == '.') {
            at++;
            if (!digits()) {
                throw error("an invalid number");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (!digits()) {
                throw error("an invalid number");
            }
        }
        return new BigDecimal(text.substring(start, at));
    }

    private boolean digits() {
        int start = at;
        while (peek() >= '0' && peek() <= '9') {
            at++;
        }
        return at > start;
    }

    private boolean literal(String word) {
        if (text.startsWith(word, at)) {
            at += word.length();
            return true;
        }
        return false;
    }

    private void expect(char c) throws NotJson {
        if (peek() != c) {
            throw error("expected " + c);
        }
        at++;
    }

    /** The character at the cursor, or NUL past the end (NUL is never valid where it is tested). */
    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipSpace() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '\n'
                || text.charAt(at) == '\r')) {
            at++;
        }
    }

    private NotJson error(String what) {
        return new NotJson("its output is not valid JSON: " + what + " at character " + (at + 1));
    }
}
