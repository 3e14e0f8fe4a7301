package dev.awsmfa.cli;

import java.util.Locale;

/**
 * Builds JSON text by hand (main code carries no JSON library): objects and arrays with strings,
 * numbers, booleans and null, strings escaped per RFC 8259. Compact except for a space after each
 * colon and comma, so output stays on one line.
 */
final class JsonWriter {
    private final StringBuilder text;
    private boolean needsComma;

    JsonWriter() {
        this(16);
    }

    /** A writer whose text is expected to grow to about this many characters (no regrowth of a large text). */
    JsonWriter(int expectedLength) {
        this(new StringBuilder(expectedLength));
    }

    /** A writer that appends to {@code text}. */
    JsonWriter(StringBuilder text) {
        this.text = text;
    }

    JsonWriter beginObject() {
        separate();
        text.append('{');
        needsComma = false;
        return this;
    }

    JsonWriter endObject() {
        text.append('}');
        needsComma = true;
        return this;
    }

    JsonWriter beginArray() {
        separate();
        text.append('[');
        needsComma = false;
        return this;
    }

    JsonWriter endArray() {
        text.append(']');
        needsComma = true;
        return this;
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
        separate();
        if (value == null) {
            text.append("null");
        } else {
            string(value);
        }
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

    /** Notes that the caller appended a value itself, after {@link #name}. */
    JsonWriter valueAppended() {
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

    private void separate() {
        if (needsComma) {
            text.append(", ");
            needsComma = false;
        }
    }

    private void string(String value) {
        text.append('"');
        // Runs of characters that need no escape are appended at once, not one by one.
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean plain = c >= 0x20 && c != '"' && c != '\\' && (c < '\u2028' || c > '\u2029');
            if (!plain) {
                text.append(value, run, i);
                escape(c);
                run = i + 1;
            }
        }
        text.append(value, run, value.length()).append('"');
    }

    private void escape(char c) {
        switch (c) {
            case '"' -> text.append("\\\"");
            case '\\' -> text.append("\\\\");
            case '\n' -> text.append("\\n");
            case '\r' -> text.append("\\r");
            case '\t' -> text.append("\\t");
            case '\b' -> text.append("\\b");
            case '\f' -> text.append("\\f");
            default -> text.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
    }
}
