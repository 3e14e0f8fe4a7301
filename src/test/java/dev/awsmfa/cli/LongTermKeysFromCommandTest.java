package dev.awsmfa.cli;

import static dev.awsmfa.testing.AwsHome.DEVICE;
import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import dev.awsmfa.mfa.ProgramRunner;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.FakePrograms;
import dev.awsmfa.testing.FakeSts;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code credential_process} on the long-term profile, through the command line, with a fake program runner. */
class LongTermKeysFromCommandTest extends CommandTestBase {
    static final String PROCESS_KEY_ID = "AKIAI44QH8DHBEXAMPLE";
    static final String PROCESS_SECRET = "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY";
    static final String CONFIG = "[profile dev-long-term]\n"
            + "credential_process = op-keys --vault \"AWS dev\"\n"
            + "mfa_serial = " + DEVICE + "\n";

    FakePrograms programs = FakePrograms.printing(0, FakePrograms.keysJson(PROCESS_KEY_ID, PROCESS_SECRET));

    CliRun.Result awsmfaWith(ProgramRunner runner, String... args) {
        return CliRun.run(CliRun.withPrograms(aws.env(), CLOCK, terminal, sts, runner), args);
    }

    String where() {
        return "credential_process in [profile dev-long-term] of " + aws.configFile();
    }

    @Nested
    class WhenASessionIsMade {
        @BeforeEach
        void configureTheCommandOnly() {
            aws.config(CONFIG);
        }

        @Test
        void sts_is_signed_with_the_keys_the_command_printed_and_nothing_of_them_is_written_or_shown() {
            CliRun.Result result = awsmfaWith(programs, "--profile", "dev", "--log-level", "DEBUG");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals(List.of(List.of("op-keys", "--vault", "AWS dev")), programs.runs);
            FakeSts.Call call = sts.onlyCall();
            assertEquals(PROCESS_KEY_ID, call.target().credentials().accessKeyId());
            assertEquals(PROCESS_SECRET, call.target().credentials().secretAccessKey());
            assertEquals(DEVICE, call.serial());
            assertTrue(aws.credentials().contains("[dev]\n"), aws.credentials());
            assertFalse(aws.credentials().contains(PROCESS_KEY_ID) || aws.credentials().contains(PROCESS_SECRET),
                    aws.credentials());
            assertTrue(result.err().contains("Long-term keys: " + where() + "."), result::toString);
            assertFalse(result.err().contains(PROCESS_SECRET), result::toString);
        }

        @Test
        void the_command_runs_before_the_code_is_asked_so_a_locked_store_fails_first() {
            CliRun.Result result = awsmfaWith(FakePrograms.printing(1, ""), "--profile", "dev");
            assertEquals(ExitCode.PROFILE_NOT_FOUND.code(), result.exitCode(), result::toString);
            assertTrue(terminal.prompts.isEmpty(), terminal.prompts::toString);
            assertTrue(sts.calls.isEmpty());
            assertEquals("awsmfa: " + where() + ": `op-keys` exited with status 1 (its own messages, if any, are "
                    + "above): run it yourself to see why.\n", result.err());
        }

        @Test
        void a_session_token_is_refused_and_nothing_is_called() {
            CliRun.Result result = awsmfaWith(FakePrograms.printing(0, "{\"Version\": 1, \"AccessKeyId\": "
                    + "\"ASIAI44QH8DHBEXAMPLE\", \"SecretAccessKey\": \"x\", \"SessionToken\": \"t\", "
                    + "\"Expiration\": \"2026-11-28T13:00:00Z\"}"), "--profile", "dev");
            assertEquals(ExitCode.PROFILE_NOT_FOUND.code(), result.exitCode(), result::toString);
            assertTrue(result.err().contains(where() + " returned a session token: it must print the IAM user's "
                    + "long-term keys"), result::toString);
            assertTrue(sts.calls.isEmpty());
        }

        @Test
        void the_long_term_suffix_picks_the_config_section() {
            aws.config("[profile dev-vault]\ncredential_process = vault-keys\nmfa_serial = " + DEVICE + "\n");
            CliRun.Result result = awsmfaWith(programs, "--profile", "dev", "--long-term-suffix", "vault");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals(List.of(List.of("vault-keys")), programs.runs);
            assertEquals(PROCESS_KEY_ID, sts.onlyCall().target().credentials().accessKeyId());
        }

        @Test
        void a_credential_process_in_the_credentials_file_section_counts_as_botocore_merges_them() {
            aws.config("");
            aws.credentials("[dev-long-term]\ncredential_process = file-keys\nmfa_serial = " + DEVICE + "\n");
            CliRun.Result result = awsmfaWith(programs, "--profile", "dev");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals(List.of(List.of("file-keys")), programs.runs);
        }
    }

    @Test
    void keys_in_the_credentials_file_win_and_the_command_is_not_run_as_for_botocore() {
        aws.config(CONFIG);
        aws.credentials(longTermSection("dev"));
        CliRun.Result result = awsmfaWith(CliRun.NO_PROGRAMS, "--profile", "dev", "--log-level", "DEBUG");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(AwsHome.LONG_TERM_KEY_ID, sts.onlyCall().target().credentials().accessKeyId());
        assertTrue(result.err().contains("Long-term keys: [dev-long-term] in " + aws.credentialsFile() + " ("
                + where() + " is not run: the file's keys come first, as for botocore)."), result::toString);
    }

    @Test
    void without_keys_or_a_command_the_message_offers_both() {
        aws.credentials("[dev-long-term]\nregion = eu-west-1\n");
        CliRun.Result empty = awsmfaWith(CliRun.NO_PROGRAMS, "--profile", "dev");
        assertEquals(ExitCode.PROFILE_NOT_FOUND.code(), empty.exitCode(), empty::toString);
        assertEquals("awsmfa: [dev-long-term] in " + aws.credentialsFile() + " (line 1) has no aws_access_key_id: add "
                + "the IAM user's long-term aws_access_key_id there, or a credential_process that prints the keys to "
                + "[profile dev-long-term] in " + aws.configFile() + ".\n", empty.err());
        aws.credentials("");
        CliRun.Result none = awsmfaWith(CliRun.NO_PROGRAMS, "--profile", "dev");
        assertEquals(ExitCode.PROFILE_NOT_FOUND.code(), none.exitCode(), none::toString);
        assertTrue(none.err().contains(": put the IAM user's long-term keys there (run awsmfa --setup --profile dev) "
                + "or a credential_process in [profile dev-long-term] of " + aws.configFile()
                + ", or pass --long-term-suffix."), none::toString);
    }

    @Test
    void a_still_valid_session_is_kept_when_the_command_fails_within_the_refresh_window() {
        aws.config(CONFIG);
        aws.credentials(validSession("2026-11-28 12:03:00"));
        CliRun.Result result = awsmfaWith(FakePrograms.printing(2, ""), "--profile", "dev");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Session [dev] is still valid for 3 min 00 s; not renewed: " + where()
                + ": `op-keys` exited with status 2"), result::toString);
        assertTrue(sts.calls.isEmpty());
    }

    @Nested
    class WhenTheSessionIsReused {
        @BeforeEach
        void storeAValidSession() {
            aws.config(CONFIG);
            aws.credentials(validSession("2026-11-28 18:00:00"));
        }

        @Test
        void list_shows_the_long_term_profile_and_where_its_keys_come_from() {
            CliRun.Result text = awsmfaWith(CliRun.NO_PROGRAMS, "list");
            assertTrue(text.out().lines().anyMatch(line -> line.matches(
                    "dev-long-term +long-term +\\(credential_process\\) +" + java.util.regex.Pattern.quote(DEVICE) + " .*")),
                    text::toString);
            CliRun.Result json = awsmfaWith(CliRun.NO_PROGRAMS, "list", "--output", "json");
            assertTrue(json.out().contains("{\"name\": \"dev-long-term\", \"kind\": \"long-term\", \"keyId\": null, "
                    + "\"keySource\": \"credential_process\", \"device\": \"" + DEVICE + "\""), json::toString);
        }

        @Test
        void status_without_a_session_says_a_refresh_gets_one_rather_than_to_run_setup() {
            aws.credentials("");
            CliRun.Result result = awsmfaWith(CliRun.NO_PROGRAMS, "status", "--profile", "dev");
            assertEquals(ExitCode.SESSION_ABSENT.code(), result.exitCode(), result::toString);
            assertTrue(result.out().contains("'awsmfa --profile dev' gets one from [dev-long-term]"), result::toString);
        }

        @Test
        void no_everyday_command_runs_the_command() {
            for (String[] line : List.of(new String[] {"--profile", "dev"}, new String[] {"list"},
                    new String[] {"list", "--output", "json"}, new String[] {"status", "--profile", "dev"},
                    new String[] {"export", "--profile", "dev"}, new String[] {"credential-process", "--profile", "dev"})) {
                CliRun.Result result = awsmfaWith(CliRun.NO_PROGRAMS, line);
                assertEquals(0, result.exitCode(), () -> String.join(" ", line) + "\n" + result);
            }
            assertTrue(sts.calls.isEmpty());
        }
    }
}
