package dev.awsmfa.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeysGetLineTest {
    @Test
    void the_plain_line_reads_as_the_aws_cli_sees_it() {
        assertEquals("awsmfa keys get --store pass --entry dev-long-term", KeysGetLine.of("pass", "dev-long-term"));
    }

    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX shlex quoting; Windows quotes as its C runtime")
    @ParameterizedTest
    @ValueSource(strings = {"dev-long-term", "team a-long-term", "it's-long-term", "$(id)-long-term",
            "\"quoted\"-long-term", "back\\slash-long-term", "café-long-term", "tab\there"})
    void every_profile_name_comes_back_from_the_line(String entry) {
        String line = KeysGetLine.of("secret-service", entry);
        assertEquals(Optional.of(new KeysGetLine.Target("secret-service", entry)), KeysGetLine.parse(line), line);
    }

    @Test
    void the_line_may_name_awsmfa_by_its_path_and_give_the_options_in_either_order() {
        assertEquals(Optional.of(new KeysGetLine.Target("pass", "dev-long-term")),
                KeysGetLine.parse("/usr/local/bin/awsmfa keys get --entry dev-long-term --store pass"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"op read op://x", "awsmfa keys get --store pass", "other keys get --store a --entry b",
            "awsmfa keys get --store a --store b", "awsmfa keys get --store a --entry b --log-level DEBUG",
            "awsmfa keys list --store a --entry b", "awsmfa 'keys get --store a --entry b"})
    void any_other_command_is_run_as_a_command(String line) {
        assertTrue(KeysGetLine.parse(line).isEmpty(), line);
    }

    @Test
    void entry_names_cannot_climb_out_of_a_stores_folder_hide_or_nest() {
        assertEquals("dev-long-term", EntryNames.segment("dev-long-term"));
        assertEquals("%2E.%2Fetc%2Fpasswd", EntryNames.segment("../etc/passwd"));
        assertEquals("%2Ehidden", EntryNames.segment(".hidden"));
        assertEquals("a%20b%25c", EntryNames.segment("a b%c"));
        assertEquals("caf%C3%A9", EntryNames.segment("café"));
    }
}
