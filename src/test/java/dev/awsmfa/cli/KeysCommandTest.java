package dev.awsmfa.cli;

import static dev.awsmfa.testing.AwsHome.LONG_TERM_SECRET;
import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.testing.CliRun;
import org.junit.jupiter.api.Test;

/** {@code awsmfa keys} through the command line: what list shows, and what a wrong line is told. */
class KeysCommandTest extends CommandTestBase {
    static final String FILES = longTermSection("dev") + "aws_access_key_created = 2026-06-05T10:00:00Z\n\n"
            + "[ops-long-term]\ncredential_process = awsmfa keys get --store pass --entry ops-long-term\n\n"
            + "[dev]\naws_access_key_id = ASIAIOSFODNN7EXAMPLE\naws_secret_access_key = x\naws_session_token = y\n";

    @Test
    void list_shows_where_each_long_term_profiles_keys_are_and_never_a_secret() {
        aws.credentials(FILES);
        aws.config("[profile web-long-term]\ncredential_process = op-keys web\n");
        CliRun.Result result = awsmfa("keys", "list");
        assertEquals(0, result.exitCode(), result::toString);
        String[] lines = result.out().split("\n");
        assertEquals(4, lines.length, result.out());
        assertTrue(lines[0].startsWith("SECTION"), lines[0]);
        assertTrue(lines[1].matches("dev-long-term +file +\\*\\*\\*\\*MPLE +\\d+ days +line 1 of .*credentials"),
                lines[1]);
        assertTrue(lines[2].matches("ops-long-term +pass +- +unknown +pass entry awsmfa/ops-long-term"), lines[2]);
        assertTrue(lines[3].matches("web-long-term +command +- +unknown +credential_process in \\[web-long-term\\] "
                + "of .*config: op-keys web"), lines[3]);
        assertFalse(result.out().contains(LONG_TERM_SECRET));
    }

    @Test
    void list_as_json_gives_the_age_in_days() {
        aws.credentials(FILES);
        CliRun.Result result = awsmfa("keys", "list", "--output", "json");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("[{\"section\": \"dev-long-term\", \"store\": \"file\""), result.out());
        assertTrue(result.out().contains("\"keyCreated\": \"2026-06-05T10:00:00Z\", \"keyAgeDays\": "), result.out());
        assertTrue(result.out().contains("{\"section\": \"ops-long-term\", \"store\": \"pass\", \"where\": \"pass entry "
                + "awsmfa/ops-long-term\", \"keyId\": null"), result.out());
    }

    @Test
    void a_move_where_the_keys_are_already_changes_nothing() {
        aws.credentials(FILES);
        CliRun.Result result = awsmfa("keys", "move", "--profile", "dev", "--to", "file");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("are in [dev-long-term] of "), result.err());
        assertEquals(FILES, aws.credentials());
    }

    @Test
    void wrong_lines_are_usage_errors_that_say_what_is_missing_or_out_of_place() {
        aws.credentials(FILES);
        assertUsage("keys move needs --to.", "keys", "move", "--profile", "dev");
        assertUsage("--to does not go with keys list.", "keys", "list", "--to", "pass");
        assertUsage("--profile does not go with keys get.", "keys", "get", "--profile", "dev", "--store", "pass",
                "--entry", "dev-long-term");
        assertUsage("keys get needs --entry.", "keys", "get", "--store", "pass");
        assertUsage("No key store named 'vault': choose one of ", "keys", "move", "--profile", "dev", "--to", "vault");
        assertEquals(FILES, aws.credentials());
    }

    @Test
    void a_store_whose_tool_is_missing_says_so_in_one_line() {
        aws.credentials(FILES);
        aws.env("PATH", dir.resolve("empty").toString());
        CliRun.Result result = awsmfa("keys", "get", "--store", "pass", "--entry", "ops-long-term");
        assertEquals(15, result.exitCode(), result::toString);
        assertEquals("awsmfa: pass is not on PATH: install it (apt install pass, brew install pass) and run "
                + "pass init with your GPG key id, or choose another store (awsmfa keys move --help lists them).\n",
                result.err());
    }

    private void assertUsage(String expected, String... args) {
        CliRun.Result result = awsmfa(args);
        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains(expected), result.err());
    }
}
