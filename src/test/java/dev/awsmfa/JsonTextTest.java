package dev.awsmfa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTextTest {
    @Test
    void json_strings_escape_quotes_backslashes_and_control_characters() {
        assertEquals("\"a\\\"b\\\\c\\u000a\"", JsonText.string("a\"b\\c\n"));
    }
}
