package dev.awsmfa.e2e;

import static dev.awsmfa.testing.AwsHome.DEVICE;
import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The packaged {@code target/awsmfa} against a WireMock STS on 127.0.0.1, with a temporary HOME. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the POSIX launcher under /bin/sh")
class RefreshIT extends StubbedStsFixture {
    static final String ROLE = "arn:aws:iam::123456789012:role/admin";

    @BeforeEach
    void setUp() {
        aws.credentials("# long-term keys, keep this comment\n" + longTermSection("dev"));
    }

    CliRun.Result awsmfa(String... args) {
        return AwsMfaProcess.with(aws.env()).run(args);
    }

    @Nested
    class GetSessionToken {
        @Test
        void sends_exactly_the_parameters_aws_mfa_sends() {
            sts.succeeding(43_200);
            CliRun.Result result = awsmfa("--profile", "dev", "--token", "123456");
            assertEquals(0, result.exitCode(), result::toString);
            Map<String, String> request = sts.onlyRequestParameters();
            assertEquals(Map.of("Action", "GetSessionToken", "Version", "2011-06-15", "SerialNumber", DEVICE,
                    "TokenCode", "123456", "DurationSeconds", "43200"), request);
            String header = sts.requests().get(0).getHeader("Authorization");
            assertTrue(header.contains("Credential=" + AwsHome.LONG_TERM_KEY_ID + "/") && header.contains("/us-east-1/sts/"), header);
        }

        @Test
        void writes_the_session_and_keeps_the_rest_of_the_file() {
            sts.succeeding(43_200);
            awsmfa("--profile", "dev", "--token", "123456");
            String file = aws.credentials();
            assertTrue(file.startsWith("# long-term keys, keep this comment\n" + longTermSection("dev") + "\n[dev]\n"
                    + "assumed_role = False\naws_access_key_id = ASIAIOSFODNN7EXAMPLE\n"), file);
            assertTrue(file.contains("\naws_security_token = AQoEXAMPLE"), file);
            assertTrue(file.matches("(?s).*\nexpiration = \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\n"), file);
        }

        @Test
        void keeps_stdout_empty() {
            sts.succeeding(43_200);
            CliRun.Result result = awsmfa("--profile", "dev", "--token", "123456");
            assertEquals("", result.out(), result::toString);
            assertTrue(result.err().contains("New session written to [dev]"), result::toString);
        }

        @Test
        void reuses_a_valid_session_without_a_request_and_force_renews_it() {
            sts.succeeding(43_200);
            awsmfa("--profile", "dev", "--token", "123456");
            CliRun.Result reuse = awsmfa("--profile", "dev");
            assertEquals(0, reuse.exitCode(), reuse::toString);
            assertTrue(reuse.err().contains("still valid"), reuse::toString);
            assertEquals(1, sts.requests().size());
            CliRun.Result forced = awsmfa("--profile", "dev", "--force", "--token", "654321");
            assertEquals(0, forced.exitCode(), forced::toString);
            assertEquals(2, sts.requests().size());
        }

        @Test
        void takes_the_code_from_piped_stdin_with_no_terminal_like_aws_mfa() {
            sts.succeeding(43_200);
            CliRun.Result result = AwsMfaProcess.with(aws.env()).withoutTerminal().stdin("246810\n")
                    .run("--profile", "dev");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals("246810", sts.onlyRequestParameters().get("TokenCode"));
        }

        @Test
        void token_dash_takes_the_code_from_stdin_wherever_it_runs() {
            sts.succeeding(43_200);
            CliRun.Result result = AwsMfaProcess.with(aws.env()).stdin("246810\n").run("--profile", "dev", "--token", "-");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals("246810", sts.onlyRequestParameters().get("TokenCode"));
        }

        @Test
        void runs_the_token_command() {
            sts.succeeding(43_200);
            CliRun.Result result = awsmfa("--profile", "dev", "--token-command", "echo 135790");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals("135790", sts.onlyRequestParameters().get("TokenCode"));
        }

        @Test
        void honours_the_aws_mfa_environment_variables() {
            sts.succeeding(1_800);
            aws.credentials("[ops-long-term]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = x\n")
                    .env("AWS_PROFILE", "ops").env("MFA_DEVICE", DEVICE).env("MFA_STS_DURATION", "1800")
                    .env("MFA_ASSUME_ROLE", ROLE);
            CliRun.Result result = awsmfa("--token", "123456");
            assertEquals(0, result.exitCode(), result::toString);
            Map<String, String> request = sts.onlyRequestParameters();
            assertEquals("AssumeRole", request.get("Action"));
            assertEquals(ROLE, request.get("RoleArn"));
            assertEquals("1800", request.get("DurationSeconds"));
            assertTrue(aws.credentials().contains("[ops]\nassumed_role = True\nassumed_role_arn = " + ROLE + "\n"), aws.credentials());
        }
    }

    @Nested
    class AssumeRole {
        @Test
        void sends_role_session_name_external_id_and_mfa() {
            sts.succeeding(900);
            CliRun.Result result = awsmfa("--profile", "dev", "--assume-role", ROLE, "--role-session-name", "deploy-bot",
                    "--external-id", "corp-ext-42", "--duration", "900", "--token", "123456");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals(Map.of("Action", "AssumeRole", "Version", "2011-06-15", "RoleArn", ROLE,
                    "RoleSessionName", "deploy-bot", "ExternalId", "corp-ext-42", "SerialNumber", DEVICE,
                    "TokenCode", "123456", "DurationSeconds", "900"), sts.onlyRequestParameters());
        }

        @Test
        void sends_no_external_id_when_none_is_configured() {
            sts.succeeding(3600);
            awsmfa("--profile", "dev", "--assume", ROLE, "--token", "123456");
            Map<String, String> request = sts.onlyRequestParameters();
            assertFalse(request.containsKey("ExternalId"), request::toString);
            assertEquals("alice", request.get("RoleSessionName"));
            assertEquals("3600", request.get("DurationSeconds"));
        }
    }

    @Nested
    class Failures {
        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "error-mfa-invalid-code.xml,403,7,wait for the next code",
            "error-mfa-unable-to-validate.xml,403,7,",
            "error-invalid-client-token-id.xml,403,8,",
            "error-signature-does-not-match.xml,403,8,",
            "error-expired-token.xml,403,8,",
            "error-request-expired.xml,400,9,clock",
            "error-throttling.xml,400,10,",
            "error-region-disabled.xml,403,8,",
            "error-internal.xml,500,11,",
        })
        void each_sts_error_is_one_line_with_its_exit_code_and_the_file_untouched(String file, int status, int exit,
                String hint) {
            sts.failing(file, status);
            String before = aws.credentials();
            CliRun.Result result = awsmfa("--profile", "dev", "--token", "123456");
            assertEquals(exit, result.exitCode(), result::toString);
            assertEquals(1, result.err().strip().lines().count(), result::toString);
            assertTrue(result.err().startsWith("awsmfa: "), result::toString);
            if (hint != null) {
                assertTrue(result.err().toLowerCase(java.util.Locale.ROOT).contains(hint), result::toString);
            }
            assertFalse(result.err().contains(AwsHome.LONG_TERM_SECRET), result::toString);
            assertEquals(before, aws.credentials());
        }

        @Test
        void an_mfa_rejection_is_sent_once_never_retried() {
            sts.failing("error-mfa-invalid-code.xml", 403);
            awsmfa("--profile", "dev", "--token", "123456");
            assertEquals(1, sts.requests().size());
        }

        @Test
        void an_unreachable_endpoint_is_a_network_error() {
            aws.env("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:9");
            CliRun.Result result = awsmfa("--profile", "dev", "--token", "123456");
            assertEquals(ExitCode.NETWORK.code(), result.exitCode(), result::toString);
            assertTrue(result.err().contains("127.0.0.1"), result::toString);
        }

        @Test
        void without_a_terminal_or_code_it_says_how_to_give_one() {
            sts.succeeding(3600);
            CliRun.Result result = AwsMfaProcess.with(aws.env()).withoutTerminal().run("--profile", "dev");
            assertEquals(ExitCode.NO_MFA_CODE.code(), result.exitCode(), result::toString);
            assertTrue(result.err().contains("--token"), result::toString);
            assertEquals(0, sts.requests().size());
        }

        @Test
        void a_missing_profile_named_by_aws_profile_is_an_error_not_a_crash() {
            CliRun.Result result = AwsMfaProcess.with(aws.env()).withoutTerminal()
                    .run("--token", "123456", "--log-level", "INFO");
            assertEquals(ExitCode.PROFILE_NOT_FOUND.code(), result.exitCode(), result::toString);
            aws.env("AWS_PROFILE", "nosuch");
            CliRun.Result named = awsmfa("--token", "123456");
            assertEquals(ExitCode.PROFILE_NOT_FOUND.code(), named.exitCode(), named::toString);
            assertTrue(named.err().contains("AWS_PROFILE=nosuch"), named::toString);
            assertFalse(named.err().contains("Exception"), named::toString);
        }
    }
}
