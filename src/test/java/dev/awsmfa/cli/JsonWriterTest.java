package dev.awsmfa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.awsmfa.testing.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void writes_nested_values_with_separators() {
        String json = new JsonWriter().beginArray().beginObject().field("a", "x").name("n").literal(3)
                .name("b").literal(true).field("z", null).endObject().beginObject().endObject().endArray().toString();
        assertEquals("[{\"a\": \"x\", \"n\": 3, \"b\": true, \"z\": null}, {}]", json);
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("a", "x");
        first.put("n", 3);
        first.put("b", true);
        first.put("z", null);
        assertEquals(List.of(first, Map.of()), Json.parse(json), "what a JSON reader makes of it");
    }

    @Test
    void escapes_quotes_backslashes_and_control_characters() {
        String text = "q\" b\\ n\n t\t c\u0001 e\u2028 é";
        String json = new JsonWriter().value(text).toString();
        assertEquals("\"q\\\" b\\\\ n\\n t\\t c\\u0001 e\\u2028 é\"", json);
        assertEquals(text, Json.parse(json), "what a JSON reader makes of it");
    }

    @Test
    void writes_each_character_so_that_a_json_reader_reads_it_back() {
        for (int c = 0; c < 0x2100; c++) {
            String text = "a" + (char) c + "b";
            String json = new JsonWriter().value(text).toString();
            assertEquals(text, Json.parse(json), "U+" + Integer.toHexString(c) + " written as " + json);
        }
        assertEquals("\ud83d\ude00 \uffff", Json.parse(new JsonWriter().value("\ud83d\ude00 \uffff").toString()));
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
