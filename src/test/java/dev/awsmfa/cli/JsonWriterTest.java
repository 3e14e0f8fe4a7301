package dev.awsmfa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void writes_nested_values_with_separators() {
        String json = new JsonWriter().beginArray().beginObject().field("a", "x").name("n").literal(3)
                .name("b").literal(true).field("z", null).endObject().beginObject().endObject().endArray().toString();
        assertEquals("[{\"a\": \"x\", \"n\": 3, \"b\": true, \"z\": null}, {}]", json);
    }

    @Test
    void escapes_quotes_backslashes_and_control_characters() {
        assertEquals("\"q\\\" b\\\\ n\\n t\\t c\\u0001 e\\u2028 é\"", new JsonWriter().value("q\" b\\ n\n t\t c\u0001 e\u2028 é")
                .toString());
    }

    @Test
    void keeps_the_text_around_escapes_whole_wherever_they_stand() {
        assertEquals("\"\\\"ab\\ncd\\u2029ef\\u001f\\\\\"",
                new JsonWriter().value("\"ab\ncd\u2029ef\u001f\\").toString());
        String plain = "arn:aws:iam::123456789012:mfa/alice \u00e9\u65e5";
        assertEquals("\"" + plain + "\"", new JsonWriter().value(plain).toString());
        assertEquals("\"\"", new JsonWriter().value("").toString());
    }
}
