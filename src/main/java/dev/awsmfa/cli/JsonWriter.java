package dev.awsmfa.cli;

/**
 * Builds JSON text by hand (main code carries no JSON library): objects and arrays with strings,
 * numbers, booleans and null, strings escaped per RFC 8259. Compact except for a space after each
 * colon and comma, so output stays on one line.
 */
final class JsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final StringBuilder text = new StringBuilder();
    private boolean needsComma;

    JsonWriter beginObject() {
        return open('{');
    }

    JsonWriter endObject() {
        return close('}');
    }

    JsonWriter beginArray() {
        return open('[');
    }

    JsonWriter endArray() {
        return close(']');
    }

    JsonWriter name(String name) {
        separate();
        string(name);
        text.append(": ");
        needsComma = false;
        return this;
    }

    /** A string, or null. */
    JsonWriter value(String value) {
        if (value == null) {
            return literal(null);
        }
        separate();
        string(value);
        needsComma = true;
        return this;
    }

    /** A number, boolean or null. */
    JsonWriter literal(Object value) {
        separate();
        text.append(value == null ? "null" : value.toString());
        needsComma = true;
        return this;
    }

    JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private JsonWriter open(char bracket) {
        separate();
        text.append(bracket);
        needsComma = false;
        return this;
    }

    private JsonWriter close(char bracket) {
        text.append(bracket);
        needsComma = true;
        return this;
    }

    private void separate() {
        if (needsComma) {
            text.append(", ");
            needsComma = false;
        }
    }

    private void string(String value) {
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    // Control characters, and the two line separators JavaScript takes as line ends.
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        text.append("\\u");
                        for (int shift = 12; shift >= 0; shift -= 4) {
                            text.append(HEX[c >> shift & 0xf]);
                        }
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }
}
