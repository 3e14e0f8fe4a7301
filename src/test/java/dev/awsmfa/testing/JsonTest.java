package dev.awsmfa.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tests' JSON reader keeps what the corpus comparisons rely on, and reads strict JSON only. */
class JsonTest {
    @Test
    void keeps_the_members_of_an_object_in_document_order() {
        Map<String, Object> object = Json.object("{\"b\": 1, \"a\": {\"d\": null, \"c\": \"x\"}}");

        assertEquals(List.of("b", "a"), List.copyOf(object.keySet()));
        assertTrue(object.get("a") instanceof LinkedHashMap<?, ?>, object.get("a").getClass().getName());
        assertEquals(Arrays.asList("d", "c"), List.copyOf(((Map<?, ?>) object.get("a")).keySet()));
    }

    @Test
    void reads_an_array_as_a_list_whose_equality_sees_the_order() {
        List<Object> array = Json.array("[\"x\", 2, true, null, 1.5, []]");

        assertEquals(Arrays.asList("x", 2, true, null, 1.5, List.of()), array);
        assertNotEquals(List.of("b", "a"), Json.array("[\"a\", \"b\"]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1, \"a\": 2}", "{\"a\": 1} x", "{\"a\": 1}{}", "{'a': 1}", "{a: 1}",
        "[1, 2,]", "[1] // comment", "[01]", "", "[\"\\x\"]"})
    void refuses_what_is_not_strict_json_and_shows_it(String text) {
        AssertionError e = assertThrows(AssertionError.class, () -> Json.parse(text));

        assertTrue(e.getMessage().endsWith(":\n" + text), e.getMessage());
    }

    @Test
    void says_when_the_value_is_not_the_kind_expected() {
        assertThrows(AssertionError.class, () -> Json.object("[]"));
        assertThrows(AssertionError.class, () -> Json.array("{}"));
    }
}
