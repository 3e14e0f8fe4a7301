package dev.awsmfa.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON in tests, with Jackson, into plain Java values: an object becomes a
 * {@link java.util.LinkedHashMap} in document order, an array a {@link List}, a string a
 * {@link String}, a whole number an {@link Integer} (or {@link Long}), a fraction a {@link Double},
 * {@code true}/{@code false} a {@link Boolean}, {@code null} null. Strict JSON only: a duplicate key,
 * text after the value, comments or single quotes are refused, with the whole text in the failure.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /** Any JSON value. */
    public static Object parse(String text) {
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not strict JSON (" + e.getOriginalMessage() + "):\n" + text, e);
        }
    }

    /** A JSON object, its members in document order. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String text) {
        return as(Map.class, parse(text), text);
    }

    /** A JSON array. */
    @SuppressWarnings("unchecked")
    public static List<Object> array(String text) {
        return as(List.class, parse(text), text);
    }

    private static <T> T as(Class<T> type, Object value, String text) {
        if (!type.isInstance(value)) {
            throw new AssertionError("expected a JSON " + (type == Map.class ? "object" : "array") + ":\n" + text);
        }
        return type.cast(value);
    }
}
