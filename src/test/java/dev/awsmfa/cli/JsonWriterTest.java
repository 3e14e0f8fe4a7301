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
}
