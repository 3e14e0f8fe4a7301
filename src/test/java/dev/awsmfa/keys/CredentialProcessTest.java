package dev.awsmfa.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.mfa.ProgramRunner;
import dev.awsmfa.settings.LongTermCredentials;
import dev.awsmfa.settings.LongTermKeySource;
import dev.awsmfa.testing.FakePrograms;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** botocore's credential_process rules for the long-term keys, with a fake program runner. */
class CredentialProcessTest {
    static final String KEY_ID = "AKIAI44QH8DHBEXAMPLE";
    static final String SECRET = "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY";
    static final String WHERE = "credential_process in [profile dev-long-term] of /home/u/.aws/config";
    static final String GOOD = FakePrograms.keysJson(KEY_ID, SECRET);

    static LongTermCredentials read(ProgramRunner programs, String commandLine) {
        return new LongTermKeyReader(programs).read(new LongTermKeySource.FromCommand(commandLine, WHERE));
    }

    static AwsMfaException refusal(String stdout) {
        return assertThrows(AwsMfaException.class, () -> read(FakePrograms.printing(0, stdout), "print-keys"));
    }

    static void assertNoSecretIn(AwsMfaException e) {
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith(WHERE), e.getMessage());
    }

    @Nested
    class Running {
        @Test
        @DisabledOnOs(value = OS.WINDOWS, disabledReason = "botocore splits with the C runtime's rules there")
        void splits_the_line_as_posix_shlex_does_and_runs_it_without_a_shell() {
            FakePrograms programs = FakePrograms.printing(0, GOOD);
            assertEquals(new LongTermCredentials(KEY_ID, SECRET),
                    read(programs, "sh -c 'op read \"op://Private/AWS dev/$0\"' secret\\ key"));
            assertEquals(List.of(List.of("sh", "-c", "op read \"op://Private/AWS dev/$0\"", "secret key")),
                    programs.runs);
        }

        @Test
        void gives_the_command_a_minute_for_a_biometric_or_pinentry_prompt() {
            FakePrograms programs = FakePrograms.printing(0, GOOD);
            read(programs, "print-keys");
            assertEquals(List.of(Duration.ofSeconds(60)), programs.timeouts);
        }

        @Test
        void keys_in_the_credentials_file_run_nothing() {
            LongTermCredentials keys = new LongTermCredentials(KEY_ID, SECRET);
            ProgramRunner none = (argv, timeout, max) -> {
                throw new AssertionError("ran " + argv);
            };
            assertEquals(keys, new LongTermKeyReader(none).read(new LongTermKeySource.InCredentialsFile(keys,
                    "[dev-long-term] in /home/u/.aws/credentials", Optional.empty())));
        }

        @Test
        void an_unbalanced_quote_is_a_bad_file_and_runs_nothing() {
            FakePrograms programs = FakePrograms.printing(0, GOOD);
            AwsMfaException e = assertThrows(AwsMfaException.class, () -> read(programs, "op read \"op://x"));
            assertEquals(ExitCode.BAD_FILE, e.exitCode());
            assertTrue(e.getMessage().startsWith(WHERE + " has an unbalanced "), e.getMessage());
            assertTrue(programs.runs.isEmpty());
        }

        @Test
        void a_non_zero_exit_names_the_program_and_status_and_points_at_its_own_messages() {
            AwsMfaException e = assertThrows(AwsMfaException.class,
                    () -> read(FakePrograms.printing(1, GOOD), "pass show aws/dev"));
            assertEquals(ExitCode.PROFILE_NOT_FOUND, e.exitCode());
            assertEquals(WHERE + ": `pass` exited with status 1 (its own messages, if any, are above): run it "
                    + "yourself to see why.", e.getMessage());
        }

        @Test
        void a_timeout_says_it_was_stopped() {
            AwsMfaException e = assertThrows(AwsMfaException.class, () -> read(
                    FakePrograms.failing(ProgramRunner.Failure.Kind.TIMED_OUT, "timed out"), "op read op://x"));
            assertEquals(ExitCode.PROFILE_NOT_FOUND, e.exitCode());
            assertEquals(WHERE + ": `op` did not finish within 60 seconds and was stopped: run it yourself to see why.",
                    e.getMessage());
        }

        @Test
        void a_program_that_cannot_start_says_to_install_it() {
            AwsMfaException e = assertThrows(AwsMfaException.class, () -> read(FakePrograms.failing(
                    ProgramRunner.Failure.Kind.NOT_STARTED,
                    "Cannot run program \"secret-tool\": error=2, No such file or directory"), "secret-tool lookup aws dev"));
            assertEquals(ExitCode.PROFILE_NOT_FOUND, e.exitCode());
            assertTrue(e.getMessage().startsWith(WHERE + ": `secret-tool` could not be started ("), e.getMessage());
            assertTrue(e.getMessage().endsWith("): install it, or give its full path."), e.getMessage());
        }

        @Test
        void more_than_64_kib_is_refused_whatever_it_starts_with() {
            ProgramRunner.Finished huge = new ProgramRunner.Finished(0, GOOD.getBytes(StandardCharsets.UTF_8), true);
            AwsMfaException e = assertThrows(AwsMfaException.class,
                    () -> read(FakePrograms.ending(huge), "print-keys"));
            assertTrue(e.getMessage().contains("(it printed more than 64 KiB)"), e.getMessage());
            assertNoSecretIn(e);
        }
    }

    @Nested
    class Output {
        @Test
        void extra_members_nested_values_and_an_empty_session_token_are_ignored_as_botocore_ignores_them() {
            assertEquals(new LongTermCredentials(KEY_ID, SECRET), CredentialProcess.keys("\n {\"Version\": 1.0, "
                    + "\"AccessKeyId\": \"" + KEY_ID + "\", \"SecretAccessKey\": \"" + SECRET + "\", \"SessionToken\": "
                    + "\"\", \"Expiration\": null, \"Tags\": [{\"a\": [1, -2.5e3, true, false]}], \"Note\": "
                    + "\"caf\\u00e9 \\\"x\\\"\"}\n", WHERE));
        }

        @Test
        void a_session_token_is_refused_with_what_to_print_instead() {
            AwsMfaException e = refusal("{\"Version\": 1, \"AccessKeyId\": \"ASIAI44QH8DHBEXAMPLE\", "
                    + "\"SecretAccessKey\": \"" + SECRET + "\", \"SessionToken\": \"FwoGZXIvYXdzEXAMPLE\"}");
            assertEquals(ExitCode.PROFILE_NOT_FOUND, e.exitCode());
            assertEquals(WHERE + " returned a session token: it must print the IAM user's long-term keys, e.g. "
                    + "aws-vault export --format=json --no-session.", e.getMessage());
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', value = {
            "{\"AccessKeyId\": \"AKIAI44QH8DHBEXAMPLE\", \"SecretAccessKey\": \"s\"}|it has no Version",
            "{\"Version\": 2, \"AccessKeyId\": \"AKIAI44QH8DHBEXAMPLE\", \"SecretAccessKey\": \"s\"}|its Version is not 1",
            "{\"Version\": \"1\", \"AccessKeyId\": \"AKIAI44QH8DHBEXAMPLE\", \"SecretAccessKey\": \"s\"}|its Version is not 1",
            "{\"Version\": 1, \"SecretAccessKey\": \"s\"}|it has no AccessKeyId",
            "{\"Version\": 1, \"AccessKeyId\": \"\", \"SecretAccessKey\": \"s\"}|its AccessKeyId is not a non-empty string",
            "{\"Version\": 1, \"AccessKeyId\": \"AKIAI44QH8DHBEXAMPLE\"}|it has no SecretAccessKey",
            "{\"Version\": 1, \"AccessKeyId\": \"AKIAI44QH8DHBEXAMPLE\", \"SecretAccessKey\": 5}|its SecretAccessKey is not a non-empty string",
            "''|it printed nothing",
            "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY|its output is not a JSON object",
            "[1]|its output is not a JSON object",
            "{\"Version\": 1,}|its output is not valid JSON: expected a member name at character 15",
            "{\"Version\": 1} {}|its output is not valid JSON: text after the JSON object at character 16",
            "{\"Version\": 1, \"Version\": 1}|its output is not valid JSON: a member name that appears twice at character 16",
            "{\"Version\": 01}|its output is not valid JSON: expected , or } at character 14",
            "{\"Version\": 1, \"a\": 'x'}|its output is not valid JSON: expected a value at character 21",
            "{\"Version\": 1, \"a\": \"\\x\"}|its output is not valid JSON: an invalid escape in a string at character 24",
            "{\"Version\": 1, \"a\": \"x|its output is not valid JSON: an unterminated string at character 23",
            "{\"Version\": 1, \"a\": tru}|its output is not valid JSON: expected a value at character 21",
        })
        void anything_but_the_aws_json_is_refused_with_why_and_without_the_output(String stdout, String why) {
            AwsMfaException e = refusal(stdout);
            assertEquals(ExitCode.PROFILE_NOT_FOUND, e.exitCode());
            assertEquals(WHERE + " did not print the keys as AWS's JSON (" + why + "): it must print {\"Version\": 1, "
                    + "\"AccessKeyId\": ..., \"SecretAccessKey\": ...}; see README, 'Long-term keys out of plain text'.",
                    e.getMessage());
            assertNoSecretIn(e);
        }

        @Test
        void a_secret_printed_alone_never_reaches_the_message() {
            AwsMfaException e = refusal(SECRET + "\n");
            assertNoSecretIn(e);
        }

        @Test
        void a_key_id_that_is_not_one_is_refused_as_in_the_credentials_file() {
            AwsMfaException e = refusal("{\"Version\": 1, \"AccessKeyId\": \"not a key\", \"SecretAccessKey\": \"s\"}");
            assertEquals(ExitCode.PROFILE_NOT_FOUND, e.exitCode());
            assertTrue(e.getMessage().startsWith("the AccessKeyId printed by " + WHERE + ": "), e.getMessage());
        }

        @Test
        void nesting_is_bounded() {
            AwsMfaException e = refusal("{\"Version\": 1, \"a\": " + "[".repeat(100) + "]".repeat(100) + "}");
            assertTrue(e.getMessage().contains("nested too deeply"), e.getMessage());
        }
    }
}
