package dev.awsmfa.cli;

import static dev.awsmfa.testing.AwsHome.DEVICE;
import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.session.StsFailure;
import dev.awsmfa.session.TemporaryCredentials;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.FakeSts;
import dev.awsmfa.testing.FakeTerminal;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The default command, {@code awsmfa [options]}, through picocli with fakes for STS and the terminal. */
class RefreshCommandTest extends CommandTestBase {
    static final String ROLE = "arn:aws:iam::123456789012:role/admin";

    @Nested
    class WhenThereIsNoSession {
        @Test
        void writes_the_keys_aws_mfa_writes_in_its_order() {
            aws.credentials(longTermSection("dev"));
            CliRun.Result result = awsmfa("--profile", "dev");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals(longTermSection("dev") + "\n[dev]\n"
                    + "assumed_role = False\n"
                    + "aws_access_key_id = " + FakeSts.SESSION_KEY_ID + "\n"
                    + "aws_secret_access_key = " + FakeSts.SESSION_SECRET + "\n"
                    + "aws_session_token = " + FakeSts.SESSION_TOKEN + "\n"
                    + "aws_security_token = " + FakeSts.SESSION_TOKEN + "\n"
                    + "expiration = 2026-11-29 00:00:00\n", aws.credentials());
        }

        @Test
        void calls_get_session_token_with_device_code_and_default_duration() {
            aws.credentials(longTermSection("dev"));
            awsmfa("--profile", "dev");
            FakeSts.Call call = sts.onlyCall();
            assertNull(call.roleArn());
            assertEquals(DEVICE, call.serial());
            assertEquals("123456", call.code());
            assertEquals(43_200, call.duration());
            assertEquals(AwsHome.LONG_TERM_KEY_ID, call.target().credentials().accessKeyId());
            assertEquals("us-east-1", call.target().region());
        }

        @Test
        void keeps_stdout_empty_and_reports_the_local_expiry_on_stderr() {
            aws.credentials(longTermSection("dev"));
            CliRun.Result result = awsmfa("--profile", "dev");
            assertEquals("", result.out());
            assertTrue(result.err().contains("valid until 2026-11-29 01:00:00 +01:00 Europe/Berlin"), result::toString);
            assertFalse(result.err().contains(FakeSts.SESSION_SECRET), result::toString);
        }

        @Test
        void asks_on_the_terminal_naming_device_and_profile() {
            aws.credentials(longTermSection("dev"));
            awsmfa("--profile", "dev");
            assertEquals(1, terminal.prompts.size());
            assertTrue(terminal.prompts.get(0).contains(DEVICE) && terminal.prompts.get(0).contains("dev"), terminal.prompts::toString);
        }
    }

    @Nested
    class WhenTheSessionIsValid {
        @BeforeEach
        void storeSession() {
            aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 13:00:00"));
        }

        @Test
        void reuses_it_without_prompting_or_calling_sts() {
            String before = aws.credentials();
            CliRun.Result result = awsmfa("--profile", "dev");
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(sts.calls.isEmpty());
            assertTrue(terminal.prompts.isEmpty());
            assertEquals(before, aws.credentials());
            assertTrue(result.err().contains("still valid"), result::toString);
        }

        @Test
        void force_renews_it() {
            assertEquals(0, awsmfa("--profile", "dev", "--force").exitCode());
            assertEquals(1, sts.calls.size());
            assertTrue(aws.credentials().contains("aws_access_key_id = " + FakeSts.SESSION_KEY_ID));
        }

        @Test
        void a_larger_refresh_window_renews_it() {
            assertEquals(0, awsmfa("--profile", "dev", "--refresh-window", "61").exitCode());
            assertEquals(1, sts.calls.size());
        }

        @Test
        void the_refresh_window_comes_from_the_environment_too() {
            aws.env("AWSMFA_REFRESH_WINDOW", "61");
            awsmfa("--profile", "dev");
            assertEquals(1, sts.calls.size());
        }

        @Test
        void asking_for_a_role_renews_it() {
            awsmfa("--profile", "dev", "--assume-role", ROLE);
            assertEquals(ROLE, sts.onlyCall().roleArn());
        }
    }

    @Nested
    class WhenAnotherProgramWritesTheFileMeanwhile {
        @Test
        void its_edit_survives_and_the_session_is_added_to_it() {
            aws.credentials(longTermSection("dev"));
            // `aws configure set region eu-west-1 --profile ops` while the code is typed or STS answers.
            sts.whileCalled(() -> aws.credentials(aws.credentials() + "\n[ops]\nregion = eu-west-1\n"));
            CliRun.Result result = awsmfa("--profile", "dev");
            assertEquals(0, result.exitCode(), result::toString);
            String after = aws.credentials();
            assertTrue(after.startsWith(longTermSection("dev") + "\n[ops]\nregion = eu-west-1\n\n[dev]\nassumed_role = False\n"),
                    after);
        }

        @Test
        void a_change_the_edit_cannot_be_merged_into_is_left_alone_and_the_session_is_kept_beside_it() {
            aws.credentials(longTermSection("dev"));
            String theirs = longTermSection("dev") + "[ops]\nregion = a\n[ops]\nregion = b\n";
            sts.whileCalled(() -> aws.credentials(theirs));
            CliRun.Result result = awsmfa("--profile", "dev");
            assertEquals(ExitCode.BAD_FILE.code(), result.exitCode(), result::toString);
            assertEquals(theirs, aws.credentials(), "left as the other program wrote it");
            java.nio.file.Path aside = aws.credentialsFile().resolveSibling("credentials.awsmfa-unsaved");
            assertTrue(result.err().contains("was changed by another program while awsmfa waited, and its new content is "
                    + "not a file the AWS CLI reads"), result::toString);
            assertTrue(result.err().contains("Your new session is in " + aside + " (readable by you only): use it with "
                    + "AWS_SHARED_CREDENTIALS_FILE=" + aside), result::toString);
            assertFalse(result.err().contains(FakeSts.SESSION_SECRET), result::toString);
            String saved = assertDoesNotThrow(() -> java.nio.file.Files.readString(aside));
            assertTrue(saved.startsWith("[dev]\nassumed_role = False\naws_access_key_id = " + FakeSts.SESSION_KEY_ID), saved);
        }
    }

    @Nested
    class WhenStsAnswersWhatNoStsWould {
        void assertNothingWritten(TemporaryCredentials answer, String problem) {
            aws.credentials(longTermSection("dev"));
            sts.answering(answer);
            CliRun.Result result = awsmfa("--profile", "dev");
            assertEquals(ExitCode.NETWORK.code(), result.exitCode(), result::toString);
            assertTrue(result.err().contains("answered with a session awsmfa will not write: "), result::toString);
            assertTrue(result.err().contains(problem), result::toString);
            assertEquals(longTermSection("dev"), aws.credentials());
        }

        @Test
        void an_expiration_in_the_past() {
            assertNothingWritten(new TemporaryCredentials(FakeSts.SESSION_KEY_ID, FakeSts.SESSION_SECRET,
                    FakeSts.SESSION_TOKEN, NOW.minusSeconds(60)), "its expiration, 2026-11-28T11:59:00Z, is not in the future");
        }

        @Test
        void an_expiration_far_beyond_the_duration_asked_for() {
            assertNothingWritten(new TemporaryCredentials(FakeSts.SESSION_KEY_ID, FakeSts.SESSION_SECRET,
                    FakeSts.SESSION_TOKEN, NOW.plusSeconds(10 * 365 * 86_400L)), "lies beyond the 43200 s asked for");
        }

        @Test
        void a_token_of_megabytes() {
            assertNothingWritten(new TemporaryCredentials(FakeSts.SESSION_KEY_ID, FakeSts.SESSION_SECRET,
                    "A".repeat(300_000), NOW.plusSeconds(3_600)), "its session token is 300000 characters long");
        }

        @Test
        void values_with_blanks_or_line_breaks() {
            assertNothingWritten(new TemporaryCredentials(" " + FakeSts.SESSION_KEY_ID, FakeSts.SESSION_SECRET,
                    FakeSts.SESSION_TOKEN, NOW.plusSeconds(3_600)), "its access key id is not 16-128 letters and digits");
            assertNothingWritten(new TemporaryCredentials(FakeSts.SESSION_KEY_ID, FakeSts.SESSION_SECRET,
                    "abc\n[evil]", NOW.plusSeconds(3_600)), "its session token is not base64");
        }
    }

    @Nested
    class WhenTheSessionExpired {
        @Test
        void renews_it_in_place_keeping_other_keys() {
            aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 11:59:00") + "region = eu-west-1\n");
            assertEquals(0, awsmfa("--profile", "dev").exitCode());
            String after = aws.credentials();
            assertTrue(after.contains("expiration = 2026-11-29 00:00:00\nregion = eu-west-1\n"), after);
            assertEquals(1, after.split("\\[dev\\]", -1).length - 1, after);
        }
    }

    @Nested
    class RoleSessions {
        @BeforeEach
        void oneHourSessions() {
            // What STS hands out for a role's default duration.
            sts = new FakeSts(NOW.plusSeconds(3_600));
        }

        @Test
        void assume_role_writes_role_keys_and_defaults_to_one_hour() {
            aws.credentials(longTermSection("dev"));
            assertEquals(0, awsmfa("--profile", "dev", "--assume", ROLE, "--role-session-name", "deploy").exitCode());
            FakeSts.Call call = sts.onlyCall();
            assertEquals(3600, call.duration());
            assertEquals("deploy", call.sessionName());
            assertTrue(aws.credentials().contains("[dev]\nassumed_role = True\nassumed_role_arn = " + ROLE + "\n"), aws.credentials());
        }

        @Test
        void the_role_session_name_defaults_to_the_sanitised_login_name() {
            aws.credentials(longTermSection("dev")).env("USER", "CORP\\alice smith");
            awsmfa("--profile", "dev", "--assume-role", ROLE);
            assertEquals("CORP-alice-smith", sts.onlyCall().sessionName());
        }

        @Test
        void a_plain_session_after_a_role_drops_the_role_arn() {
            aws.credentials(longTermSection("dev"));
            awsmfa("--profile", "dev", "--assume-role", ROLE, "--token", "100001");
            awsmfa("--profile", "dev", "--token", "100002");
            assertFalse(aws.credentials().contains("assumed_role_arn"), aws.credentials());
            assertTrue(aws.credentials().contains("assumed_role = False"), aws.credentials());
        }

        @Test
        void role_and_external_id_come_from_the_long_term_profile_in_config() {
            aws.credentials(longTermSection("dev")).config("[profile dev-long-term]\nrole_arn = " + ROLE
                    + "\nexternal_id = corp-ext-id\nrole_session_name = ci-bot\nduration_seconds = 1800\n");
            awsmfa("--profile", "dev");
            FakeSts.Call call = sts.onlyCall();
            assertEquals(ROLE, call.roleArn());
            assertEquals("corp-ext-id", call.externalId());
            assertEquals("ci-bot", call.sessionName());
            assertEquals(1800, call.duration());
        }

        @Test
        void the_legacy_assume_role_key_is_honoured() {
            aws.credentials(longTermSection("dev") + "assume_role = " + ROLE + "\n");
            awsmfa("--profile", "dev");
            assertEquals(ROLE, sts.onlyCall().roleArn());
        }

        @Test
        void warns_when_config_would_shadow_the_session() {
            aws.credentials(longTermSection("dev")).config("[profile dev]\nrole_arn = " + ROLE + "\nsource_profile = x\n");
            CliRun.Result result = awsmfa("--profile", "dev");
            assertTrue(result.err().contains("warning:") && result.err().contains("role_arn"), result::toString);
        }
    }

    @Nested
    class Precedence {
        @Test
        void the_profile_comes_from_aws_profile_then_aws_default_profile() {
            aws.credentials(longTermSection("dev") + longTermSection("ops")).env("AWS_DEFAULT_PROFILE", "ops");
            awsmfa("--token", "100001");
            assertTrue(aws.credentials().contains("\n[ops]\n"), aws.credentials());
            aws.env("AWS_PROFILE", "dev");
            awsmfa("--token", "100002");
            assertTrue(aws.credentials().contains("\n[dev]\n"), aws.credentials());
        }

        @Test
        void the_device_flag_beats_mfa_device_beats_legacy_key_beats_config() {
            String fromConfig = "arn:aws:iam::123456789012:mfa/config";
            String fromEnv = "arn:aws:iam::123456789012:mfa/env";
            String fromFlag = "arn:aws:iam::123456789012:mfa/flag";
            aws.credentials("[dev-long-term]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = x\n")
                    .config("[profile dev]\nmfa_serial = " + fromConfig + "\n");
            awsmfa("--profile", "dev", "--force");
            assertEquals(fromConfig, sts.calls.get(0).serial());
            aws.credentials("[dev-long-term]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = x\naws_mfa_device = " + DEVICE + "\n");
            awsmfa("--profile", "dev", "--force");
            assertEquals(DEVICE, sts.calls.get(1).serial());
            aws.env("MFA_DEVICE", fromEnv);
            awsmfa("--profile", "dev", "--force");
            assertEquals(fromEnv, sts.calls.get(2).serial());
            awsmfa("--profile", "dev", "--force", "--device", fromFlag);
            assertEquals(fromFlag, sts.calls.get(3).serial());
        }

        @Test
        void duration_comes_from_mfa_sts_duration() {
            aws.credentials(longTermSection("dev")).env("MFA_STS_DURATION", "7200");
            awsmfa("--profile", "dev");
            assertEquals(7200, sts.onlyCall().duration());
        }

        @Test
        void role_comes_from_mfa_assume_role() {
            aws.credentials(longTermSection("dev")).env("MFA_ASSUME_ROLE", ROLE);
            awsmfa("--profile", "dev");
            assertEquals(ROLE, sts.onlyCall().roleArn());
        }

        @Test
        void region_flag_beats_aws_region_beats_aws_default_region_beats_config() {
            aws.credentials(longTermSection("dev")).config("[profile dev]\nregion = eu-central-1\n");
            awsmfa("--profile", "dev", "--force", "--token", "100001");
            aws.env("AWS_DEFAULT_REGION", "eu-west-1");
            awsmfa("--profile", "dev", "--force", "--token", "100002");
            aws.env("AWS_REGION", "cn-north-1");
            awsmfa("--profile", "dev", "--force", "--token", "100003");
            awsmfa("--profile", "dev", "--force", "--region", "us-gov-west-1", "--token", "100004");
            assertEquals(java.util.List.of("eu-central-1", "eu-west-1", "cn-north-1", "us-gov-west-1"),
                    sts.calls.stream().map(c -> c.target().region()).toList());
        }

        @Test
        void endpoint_flag_beats_sts_specific_env_beats_general_env_beats_config() {
            aws.credentials(longTermSection("dev")).config("[profile dev]\nendpoint_url = http://127.0.0.1:1001\n");
            awsmfa("--profile", "dev", "--force");
            aws.env("AWS_ENDPOINT_URL", "http://127.0.0.1:1002");
            awsmfa("--profile", "dev", "--force");
            aws.env("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:1003");
            awsmfa("--profile", "dev", "--force");
            awsmfa("--profile", "dev", "--force", "--endpoint-url", "http://127.0.0.1:1004");
            assertEquals(java.util.List.of(1001, 1002, 1003, 1004),
                    sts.calls.stream().map(c -> c.target().endpointOverride().map(URI::getPort).orElse(-1)).toList());
        }

        @Test
        void without_an_override_no_endpoint_is_forced_on_the_sdk() {
            aws.credentials(longTermSection("dev"));
            awsmfa("--profile", "dev");
            assertEquals(Optional.empty(), sts.onlyCall().target().endpointOverride());
        }

        @Test
        void suffixes_pick_the_sections() {
            aws.credentials("[dev]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = x\naws_mfa_device = " + DEVICE + "\n");
            assertEquals(0, awsmfa("--profile", "dev", "--long-suffix", "none", "--short-suffix", "mfa").exitCode());
            assertTrue(aws.credentials().contains("\n[dev-mfa]\nassumed_role = False\n"), aws.credentials());
        }
    }

    @Nested
    class BadInput {
        @Test
        void equal_long_and_short_sections_are_refused() {
            aws.credentials(longTermSection("dev"));
            CliRun.Result result = awsmfa("--profile", "dev", "--long-term-suffix", "none");
            assertEquals(ExitCode.USAGE.code(), result.exitCode(), result::toString);
            assertTrue(sts.calls.isEmpty());
        }

        @Test
        void without_a_credentials_file_the_message_names_the_file_that_is_missing() {
            CliRun.Result result = awsmfa("--profile", "dev", "--token", "123456");
            assertEquals(ExitCode.PROFILE_NOT_FOUND.code(), result.exitCode(), result::toString);
            assertEquals("awsmfa: there is no credentials file at " + aws.credentialsFile()
                    + " (AWS_SHARED_CREDENTIALS_FILE): run awsmfa --setup --profile dev to create it with the IAM "
                    + "user's long-term keys, or point AWS_SHARED_CREDENTIALS_FILE at yours.\n", result.err());
            assertTrue(sts.calls.isEmpty());
        }

        @Test
        void aws_profile_naming_nothing_is_a_clear_error() {
            aws.credentials(longTermSection("dev")).env("AWS_PROFILE", "typo");
            CliRun.Result result = awsmfa();
            assertEquals(ExitCode.PROFILE_NOT_FOUND.code(), result.exitCode(), result::toString);
            assertTrue(result.err().startsWith("awsmfa: AWS_PROFILE=typo names no profile"), result::toString);
            assertFalse(result.err().contains("at dev.awsmfa"), "no stack trace");
        }

        @Test
        void a_seven_digit_code_is_refused_before_calling_sts() {
            aws.credentials(longTermSection("dev"));
            CliRun.Result result = awsmfa("--profile", "dev", "--token", "1234567");
            assertEquals(ExitCode.INVALID_INPUT.code(), result.exitCode(), result::toString);
            assertTrue(sts.calls.isEmpty());
            assertFalse(result.err().contains("1234567"), result::toString);
        }

        @Test
        void a_duration_sts_would_refuse_is_refused_before_asking_for_a_code() {
            aws.credentials(longTermSection("dev"));
            CliRun.Result result = awsmfa("--profile", "dev", "--duration", "129601");
            assertEquals(ExitCode.INVALID_INPUT.code(), result.exitCode(), result::toString);
            assertTrue(terminal.prompts.isEmpty() && sts.calls.isEmpty());
        }

        @Test
        void no_terminal_and_no_code_is_a_clear_error() {
            aws.credentials(longTermSection("dev"));
            terminal = FakeTerminal.none();
            CliRun.Result result = awsmfa("--profile", "dev");
            assertEquals(ExitCode.NO_MFA_CODE.code(), result.exitCode(), result::toString);
            assertTrue(sts.calls.isEmpty());
        }

        @Test
        void an_unknown_option_prints_the_message_first() {
            CliRun.Result result = awsmfa("--proflie", "dev");
            assertEquals(ExitCode.USAGE.code(), result.exitCode());
            assertTrue(result.err().startsWith("awsmfa: Unknown option"), result::toString);
        }
    }

    @Nested
    class WhenStsFails {
        @Test
        void the_file_is_untouched_and_the_exit_code_says_why() {
            aws.credentials("# keep me\n" + longTermSection("dev") + "\n" + validSession("2026-11-28 11:00:00"));
            String before = aws.credentials();
            sts.failingWith(new StsFailure(StsFailure.Kind.MFA_CODE_REJECTED, "AWS rejected the MFA code.", null));
            CliRun.Result result = awsmfa("--profile", "dev");
            assertEquals(ExitCode.MFA_REJECTED.code(), result.exitCode(), result::toString);
            assertEquals("awsmfa: AWS rejected the MFA code.\n", result.err().replace("\r\n", "\n"));
            assertEquals(before, aws.credentials());
        }
    }

    @Nested
    class PipedStdin {
        @Test
        void one_line_of_piped_stdin_is_the_code() {
            aws.credentials(longTermSection("dev"));
            terminal = FakeTerminal.none().withPipedStdin("654321");
            assertEquals(0, awsmfa("--profile", "dev").exitCode());
            assertEquals("654321", sts.onlyCall().code());
        }
    }

    @Nested
    class ReusedCodeGuard {
        @Test
        void the_code_aws_just_accepted_is_refused_locally_the_second_time() {
            aws.credentials(longTermSection("dev"));
            assertEquals(0, awsmfa("--profile", "dev", "--token", "135791").exitCode());
            CliRun.Result again = awsmfa("--profile", "dev", "--force", "--token", "135791");
            assertEquals(ExitCode.MFA_REJECTED.code(), again.exitCode(), again::toString);
            assertTrue(again.err().contains("wait for the next code"), again::toString);
            assertEquals(1, sts.calls.size(), "the second code was not sent");
        }

        @Test
        void no_code_guard_sends_it_anyway() {
            aws.credentials(longTermSection("dev"));
            awsmfa("--profile", "dev", "--token", "135791");
            assertEquals(0, awsmfa("--profile", "dev", "--force", "--token", "135791", "--no-code-guard").exitCode());
            assertEquals(2, sts.calls.size());
        }

        @Test
        void an_endpoint_override_turns_it_off_for_local_emulators() {
            aws.credentials(longTermSection("dev")).env("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:4566");
            awsmfa("--profile", "dev", "--token", "135791");
            assertEquals(0, awsmfa("--profile", "dev", "--force", "--token", "135791").exitCode());
            assertEquals(2, sts.calls.size());
        }

        @Test
        void the_memory_lives_in_the_users_cache_directory() {
            aws.credentials(longTermSection("dev"));
            awsmfa("--profile", "dev", "--token", "135791");
            assertTrue(java.nio.file.Files.exists(dir.resolve(".cache/awsmfa/used-codes")));
        }
    }

    @Nested
    class FilePermissions {
        @Test
        void a_credentials_file_readable_by_others_gets_a_warning() throws Exception {
            aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 13:00:00"));
            java.nio.file.Files.setPosixFilePermissions(aws.credentialsFile(),
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            CliRun.Result result = awsmfa("--profile", "dev");
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(result.err().contains("readable by other users (mode rw-r--r--)")
                    && result.err().contains("chmod 600"), result::toString);
        }

        @Test
        void a_private_credentials_file_gets_none() throws Exception {
            aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 13:00:00"));
            java.nio.file.Files.setPosixFilePermissions(aws.credentialsFile(),
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            assertFalse(awsmfa("--profile", "dev").err().contains("warning"));
        }
    }

    @Test
    void help_lists_every_aws_mfa_option_and_the_exit_codes() {
        String help = awsmfa("--help").out();
        for (String option : new String[] {"--profile", "--device", "--duration", "--long-term-suffix", "--long-suffix",
            "--short-term-suffix", "--short-suffix", "--assume-role", "--assume", "--role-session-name", "--force",
            "--log-level", "--setup", "--token", "--mfa-token"}) {
            assertTrue(help.contains(option), option);
        }
        for (ExitCode code : ExitCode.values()) {
            assertTrue(help.contains(code.meaning().substring(0, 20)), code.name());
        }
    }
}
