package dev.awsmfa.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading that depends on the size of a file or section: what the corpus files are too small to show. */
class ProfileParserTest {
    static ProfileDocument parse(String text, ProfileFileKind kind) {
        return ProfileDocument.parse("f", text.getBytes(StandardCharsets.UTF_8), kind);
    }

    @Test
    void a_duplicate_key_in_a_large_section_is_refused_with_the_first_line() {
        StringBuilder text = new StringBuilder("[big]\n");
        for (int i = 0; i < 30; i++) {
            text.append("key").append(i).append(" = ").append(i).append('\n');
        }
        text.append("KEY3 = again\n");
        ProfileFileException refused = assertThrows(ProfileFileException.class,
                () -> parse(text.toString(), ProfileFileKind.CREDENTIALS));
        assertTrue(refused.getMessage().contains("duplicate key 'key3' in [big] (first at line 5;"), refused.getMessage());
    }

    @Test
    void thousands_of_sections_read_back_with_their_own_values() {
        StringBuilder text = new StringBuilder("[DEFAULT]\nregion = eu-west-1\n");
        for (int i = 0; i < 3_000; i++) {
            text.append("[p").append(i).append("]\nAWS_Access_Key_Id = AKIA").append(i).append("\n")
                    .append("note = top\n  first ").append(i).append("\n\n  second\n");
        }
        ProfileDocument document = parse(text.toString(), ProfileFileKind.CREDENTIALS);
        assertEquals(3_000, document.profileNames().size());
        Map<String, Map<String, Object>> read = document.botocoreView();
        for (int i = 0; i < 3_000; i += 7) {
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("aws_access_key_id", "AKIA" + i);
            expected.put("note", "top\nfirst " + i + "\n\nsecond");
            expected.put("region", "eu-west-1");
            assertEquals(expected, read.get("p" + i));
        }
    }

    @Test
    void a_nested_block_after_many_one_line_settings_is_read_as_a_map() {
        ProfileDocument document = parse("[default]\na = 1\nb = 2\ns3 =\n  max_concurrent_requests = 20\n  addressing_style=path\n",
                ProfileFileKind.CONFIG);
        assertEquals(Map.of("max_concurrent_requests", "20", "addressing_style", "path"),
                document.botocoreView().get("default").get("s3"));
    }

    @Test
    void gives_back_the_bytes_it_read_even_after_the_caller_reuses_its_array() {
        byte[] input = "# caf\u00e9 \ud83d\ude00\r\n[dev]\r\nregion = \u65e5\u672c\rkey=\u00a0v".getBytes(StandardCharsets.UTF_8);
        byte[] original = input.clone();
        ProfileDocument document = ProfileDocument.parse("f", input, ProfileFileKind.CREDENTIALS);
        java.util.Arrays.fill(input, (byte) 'x');
        assertArrayEquals(original, document.toBytes());
        assertEquals(java.util.List.of("dev"), document.profileNames());
    }

    @Test
    void credentials_profiles_are_the_named_sections_in_file_order() {
        StringBuilder text = new StringBuilder("[b]\n[DEFAULT]\nx = 1\n[a]\n[profile c]\n");
        java.util.List<String> expected = new java.util.ArrayList<>(java.util.List.of("b", "a", "profile c"));
        for (int i = 40; i > 0; i--) {
            text.append("[s").append(i * 7919 % 1000).append("]\n");
            expected.add("s" + i * 7919 % 1000);
        }
        ProfileDocument document = parse(text.toString(), ProfileFileKind.CREDENTIALS);
        assertEquals(expected, document.profileNames());
        assertEquals(java.util.Optional.of("1"), document.profile("a").orElseThrow().get("x"));
        assertTrue(document.profile("DEFAULT").isEmpty());
    }

    @Test
    void a_key_ends_before_the_blanks_python_strips_and_the_first_delimiter() {
        ProfileDocument document = parse("[a]\nMy Key\u00a0\t = 1\nx:y=2\nK\u00c9Y = 3\n", ProfileFileKind.CREDENTIALS);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("my key", "1");
        expected.put("x", "y=2");
        expected.put("k\u00e9y", "3");
        assertEquals(expected, document.botocoreView().get("a"));
    }
}
