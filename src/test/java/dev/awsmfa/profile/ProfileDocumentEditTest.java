package dev.awsmfa.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProfileDocumentEditTest {

    static ProfileDocument credentials(String text) {
        return ProfileDocument.parse("credentials", text.getBytes(StandardCharsets.UTF_8), ProfileFileKind.CREDENTIALS);
    }

    static ProfileDocument config(String text) {
        return ProfileDocument.parse("config", text.getBytes(StandardCharsets.UTF_8), ProfileFileKind.CONFIG);
    }

    static String text(ProfileDocument document) {
        return new String(document.toBytes(), StandardCharsets.UTF_8);
    }

    static Map<String, String> values(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Nested
    class ExistingKeys {
        @Test
        void rewrites_only_the_value_keeping_spacing() {
            ProfileDocument doc = credentials("[dev]\nregion\t=\tus-east-1\nexpiration=old\n");

            assertEquals("[dev]\nregion\t=\teu-west-1\nexpiration=new\n",
                    text(doc.withProfileValues("dev", values("region", "eu-west-1", "expiration", "new"))));
        }

        @Test
        void writes_the_key_in_lower_case_with_equals_instead_of_colon() {
            ProfileDocument doc = credentials("[dev]\nAWS_SESSION_TOKEN: old\nExpiration = 1\n");

            assertEquals("[dev]\naws_session_token = new\nexpiration = 2\n",
                    text(doc.withProfileValues("dev", values("aws_session_token", "new", "EXPIRATION", "2"))));
        }

        @Test
        void drops_continuation_lines_of_a_rewritten_key() {
            ProfileDocument doc = credentials("[dev]\nnote = a\n  b\n\n  c\nregion = x\n");

            assertEquals("[dev]\nnote = one\nregion = x\n", text(doc.withProfileValues("dev", values("note", "one"))));
        }

        @Test
        void replaces_a_nested_block_by_a_plain_value() {
            ProfileDocument doc = config("[default]\ns3 =\n  max_concurrent_requests = 20\nregion = x\n");

            ProfileDocument edited = doc.withProfileValues("default", values("s3", "off"));

            assertEquals("[default]\ns3 = off\nregion = x\n", text(edited));
            assertEquals(Map.of("s3", "off", "region", "x"), edited.profile("default").orElseThrow().values());
        }

        @Test
        void null_removes_the_line_and_its_continuations() {
            ProfileDocument doc = credentials("[dev]\n# keep\nnote = a\n  b\nregion = x\n");

            assertEquals("[dev]\n# keep\nregion = x\n", text(doc.withProfileValues("dev", values("note", null))));
        }

        @Test
        void keeps_the_line_ending_of_the_rewritten_line_and_a_missing_final_newline() {
            ProfileDocument doc = credentials("[dev]\r\nregion = a\r\nexpiration = 1");

            assertEquals("[dev]\r\nregion = b\r\nexpiration = 2",
                    text(doc.withProfileValues("dev", values("region", "b", "expiration", "2"))));
        }
    }

    @Nested
    class MissingKeys {
        @Test
        void go_after_the_last_option_before_trailing_comments_and_blank_lines() {
            ProfileDocument doc = credentials("[dev]\na = 1\n# end of dev\n\n[prod]\nb = 2\n");

            assertEquals("[dev]\na = 1\nc = 3\nd = 4\n# end of dev\n\n[prod]\nb = 2\n",
                    text(doc.withProfileValues("dev", values("c", "3", "d", "4"))));
        }

        @Test
        void go_after_continuation_lines_of_the_last_option() {
            ProfileDocument doc = config("[default]\ns3 =\n  a = 1\n\n[profile x]\n");

            assertEquals("[default]\ns3 =\n  a = 1\nregion = r\n\n[profile x]\n",
                    text(doc.withProfileValues("default", values("region", "r"))));
        }

        @Test
        void go_right_after_the_header_of_an_empty_section() {
            ProfileDocument doc = credentials("[dev]\n\n[prod]\n");

            assertEquals("[dev]\na = 1\n\n[prod]\n", text(doc.withProfileValues("dev", values("a", "1"))));
        }

        @Test
        void end_the_last_line_first_when_the_file_has_no_final_newline() {
            ProfileDocument doc = credentials("[dev]\r\na = 1");

            assertEquals("[dev]\r\na = 1\r\nb = 2\r\n", text(doc.withProfileValues("dev", values("b", "2"))));
        }

        @Test
        void are_indented_like_the_next_header_so_it_stays_a_header() {
            ProfileDocument doc = credentials("[a]\n  k = v\n  [b]\nx = y\n");

            ProfileDocument edited = doc.withProfileValues("a", values("n", "1"));

            assertEquals("[a]\n  k = v\n  n = 1\n  [b]\nx = y\n", text(edited));
            assertEquals(doc.botocoreView().get("b"), edited.botocoreView().get("b"));
        }
    }

    @Nested
    class NewSections {
        @Test
        void are_appended_after_one_blank_line() {
            assertEquals("[a]\nk = v\n\n[dev]\nx = 1\n", text(credentials("[a]\nk = v\n").withProfileValues("dev", values("x", "1"))));
        }

        @Test
        void need_no_extra_blank_line_after_a_blank_last_line() {
            assertEquals("[a]\n\n[dev]\nx = 1\n", text(credentials("[a]\n\n").withProfileValues("dev", values("x", "1"))));
        }

        @Test
        void use_the_files_dominant_line_ending_and_end_an_unfinished_last_line() {
            assertEquals("[a]\r\nk = v\r\n\r\n[dev]\r\nx = 1\r\n",
                    text(credentials("[a]\r\nk = v").withProfileValues("dev", values("x", "1"))));
        }

        @Test
        void start_an_empty_file_without_a_blank_line() {
            assertEquals("[dev]\nx = 1\n", text(ProfileDocument.empty("c", ProfileFileKind.CREDENTIALS)
                    .withProfileValues("dev", values("x", "1", "y", null))));
        }

        @Test
        void are_named_profile_x_in_config_except_default() {
            ProfileDocument doc = ProfileDocument.empty("config", ProfileFileKind.CONFIG)
                    .withProfileValues("dev", values("region", "r"))
                    .withProfileValues("default", values("region", "d"));

            assertEquals("[profile dev]\nregion = r\n\n[default]\nregion = d\n", text(doc));
        }

        @Test
        void quote_a_config_profile_name_with_spaces() {
            ProfileDocument doc = ProfileDocument.empty("config", ProfileFileKind.CONFIG).withProfileValues("two words", values("region", "r"));

            assertEquals("[profile \"two words\"]\nregion = r\n", text(doc));
            assertEquals("r", doc.profile("two words").orElseThrow().get("region").orElseThrow());
        }

        @Test
        void are_not_created_for_removals_only() {
            ProfileDocument doc = credentials("[a]\n");

            assertSame(doc, doc.withProfileValues("dev", values("x", null)));
        }
    }

    @Nested
    class EditsTheEffectiveSection {
        @Test
        void profile_default_wins_over_default_in_config() {
            ProfileDocument doc = config("[default]\nregion = a\n\n[profile default]\nregion = b\n");

            assertEquals("[default]\nregion = a\n\n[profile default]\nregion = c\n",
                    text(doc.withProfileValues("default", values("region", "c"))));
        }
    }

    @Nested
    class RemovingAProfile {
        @Test
        void removes_its_lines_but_keeps_the_comment_above_the_next_header() {
            ProfileDocument doc = credentials("[a]\nk = v\n\n[dev]\nx = 1\n# dev note\n\n# about prod\n[prod]\ny = 2\n");

            assertEquals("[a]\nk = v\n\n# about prod\n[prod]\ny = 2\n", text(doc.withoutProfile("dev")));
        }

        @Test
        void removes_the_last_section_to_the_end() {
            assertEquals("[a]\nk = v\n\n", text(credentials("[a]\nk = v\n\n[dev]\nx = 1").withoutProfile("dev")));
        }

        @Test
        void removes_every_section_that_defines_it() {
            ProfileDocument doc = config("[default]\nregion = a\n[profile x]\n[profile default]\nregion = b\n");

            assertEquals("[profile x]\n", text(doc.withoutProfile("default")));
        }

        @Test
        void leaves_a_document_without_it_unchanged() {
            ProfileDocument doc = credentials("[a]\n");

            assertSame(doc, doc.withoutProfile("dev"));
        }
    }

    @Nested
    class RefusesToWrite {
        @Test
        void a_value_with_a_line_break() {
            ProfileDocument doc = credentials("[dev]\n");

            assertThrows(IllegalArgumentException.class, () -> doc.withProfileValues("dev", values("a", "x\ny")));
            assertThrows(IllegalArgumentException.class, () -> doc.withProfileValues("dev", values("a", "x\r")));
        }

        @Test
        void a_value_whose_surrounding_spaces_the_cli_would_drop() {
            assertThrows(IllegalArgumentException.class, () -> credentials("[dev]\n").withProfileValues("dev", values("a", "x\u00a0")));
        }

        @Test
        void a_key_that_is_not_a_plain_name() {
            ProfileDocument doc = credentials("[dev]\n");

            for (String key : new String[] {"", "a=b", "a:b", "#a", "[a", " a", "a\nb"}) {
                assertThrows(IllegalArgumentException.class, () -> doc.withProfileValues("dev", values(key, "v")), key);
            }
        }

        @Test
        void the_same_key_twice_in_two_cases() {
            assertThrows(IllegalArgumentException.class,
                    () -> credentials("[dev]\n").withProfileValues("dev", values("Region", "a", "region", "b")));
        }

        @Test
        void a_credentials_profile_named_DEFAULT() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> credentials("").withProfileValues("DEFAULT", values("a", "1")));
            assertTrue(e.getMessage().contains("DEFAULT"));
        }
    }

    @Nested
    class Reading {
        @Test
        void profile_values_include_DEFAULT_but_the_section_own_key_wins() {
            ProfileDocument doc = credentials("[DEFAULT]\nregion = a\noutput = json\n[dev]\nregion = b\n");

            assertEquals(Map.of("region", "b", "output", "json"), doc.profile("dev").orElseThrow().values());
            assertEquals(java.util.List.of("dev"), doc.profileNames());
        }

        @Test
        void a_section_never_shows_its_values_in_toString() {
            ProfileDocument doc = credentials("[dev]\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");

            String shown = doc.profile("dev").orElseThrow().toString();

            assertTrue(shown.contains("aws_secret_access_key"), shown);
            assertFalse(shown.contains("EXAMPLEKEY"), shown);
        }

        @Test
        void nested_blocks_cannot_be_changed_through_a_view() {
            ProfileDocument doc = config("[default]\ns3 =\n  a = 1\n");

            assertThrows(UnsupportedOperationException.class,
                    () -> doc.profile("default").orElseThrow().nested().get("s3").put("a", "2"));
        }

        @Test
        void section_finds_non_profile_sections_by_raw_name() {
            ProfileDocument doc = config("[sso-session corp]\nsso_region = eu-west-1\n");

            assertEquals("eu-west-1", doc.section("sso-session corp").orElseThrow().get("SSO_REGION").orElseThrow());
            assertEquals(1, doc.section("sso-session corp").orElseThrow().line());
        }

        @Test
        void a_lone_carriage_return_ends_a_line_as_in_python() {
            ProfileDocument doc = credentials("[dev]\ra = 1\rb = 2");

            assertEquals(Map.of("a", "1", "b", "2"), doc.profile("dev").orElseThrow().values());
            assertEquals("[dev]\ra = 1\rb = 3", text(doc.withProfileValues("dev", values("b", "3"))));
        }
    }
}
