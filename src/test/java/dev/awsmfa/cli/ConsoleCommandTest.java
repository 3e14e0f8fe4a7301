package dev.awsmfa.cli;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import dev.awsmfa.session.TemporaryCredentials;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.FakePrograms;
import dev.awsmfa.testing.FakeSts;
import dev.awsmfa.testing.SigninStub;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code awsmfa console} in-process: which credentials sign in, what is printed or opened, what never shows. */
class ConsoleCommandTest extends CommandTestBase {
    static final String ROLE = "arn:aws:iam::123456789012:role/admin";
    static final String CONSOLE_ROLE = "arn:aws:iam::123456789012:role/ReadOnly";
    static final String SESSION_JSON = "{\"sessionId\":\"" + FakeSts.SESSION_KEY_ID + "\",\"sessionKey\":\""
            + FakeSts.SESSION_SECRET + "\",\"sessionToken\":\"" + FakeSts.SESSION_TOKEN + "\"}";

    SigninStub signin;

    @BeforeEach
    void signinEndpoint() {
        // A role session lasts an hour; a longer answer to AssumeRole would be refused as implausible.
        sts = new FakeSts(NOW.plusSeconds(3600));
        signin = new SigninStub().succeeding();
        aws.env("AWSMFA_SIGNIN_ENDPOINT", signin.url());
    }

    @AfterEach
    void stopSignin() {
        signin.close();
    }

    void roleProfile() {
        aws.credentials(longTermSection("admin") + "assume_role = " + ROLE + "\n")
                .config("[profile admin]\nregion = eu-west-1\n");
    }

    @Test
    void a_role_profiles_session_signs_in_and_print_writes_the_url_alone() {
        roleProfile();
        CliRun.Result result = awsmfa("console", "--profile", "admin", "--print", "--token", "123456");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(ROLE, sts.onlyCall().roleArn());
        assertEquals(SESSION_JSON, signin.onlyParameter("Session"));
        assertNull(signin.onlyParameter("SessionDuration"), "AWS's default unless --duration");
        String url = result.out().strip();
        assertEquals(url + "\n", result.out(), "the URL alone on stdout");
        assertTrue(url.startsWith(signin.url() + "?Action=login&"), url);
        Map<String, String> parameters = SigninStub.query(url);
        assertEquals("awsmfa", parameters.get("Issuer"));
        assertEquals("https://console.aws.amazon.com/console/home?region=eu-west-1", parameters.get("Destination"));
        assertEquals(SigninStub.TOKEN, parameters.get("SigninToken"));
        assertFalse(result.err().contains(SigninStub.TOKEN), result.err());
    }

    @Test
    void a_role_profile_from_an_mfa_session_signs_in_with_its_role_session() {
        aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 20:00:00"))
                .config("[profile admin]\nrole_arn = " + ROLE + "\nsource_profile = dev\nregion = eu-west-1\n");
        CliRun.Result result = awsmfa("console", "--profile", "admin", "--print");
        assertEquals(0, result.exitCode(), result::toString);
        FakeSts.Call assume = sts.onlyCall();
        assertEquals(ROLE, assume.roleArn());
        assertNull(assume.code(), "assumed with dev's MFA session, no code");
        assertEquals("ASIAOLDSESSIONEXAMPLE", assume.target().credentials().accessKeyId());
        assertEquals(SESSION_JSON, signin.onlyParameter("Session"));
        assertEquals("https://console.aws.amazon.com/console/home?region=eu-west-1",
                SigninStub.query(result.out().strip()).get("Destination"));

        CliRun.Result withRole = awsmfa("console", "--profile", "admin", "--print", "--role", CONSOLE_ROLE);
        assertEquals(ExitCode.USAGE.code(), withRole.exitCode(), withRole::toString);
        assertTrue(withRole.err().contains("profile admin assumes " + ROLE + ": drop --role"), withRole.err());
    }

    @Test
    void a_duration_beyond_a_role_consoles_limit_is_clamped_with_a_note() {
        roleProfile();
        CliRun.Result result = awsmfa("console", "--profile", "admin", "--print", "--token", "123456",
                "--duration", "86400", "--service", "s3", "--region", "us-gov-west-1");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("43200", signin.onlyParameter("SessionDuration"));
        assertTrue(result.err().contains("--duration 86400 is above the 43200 s maximum"), result.err());
        assertEquals("https://console.amazonaws-us-gov.com/s3/home?region=us-gov-west-1",
                SigninStub.query(result.out().strip()).get("Destination"));
    }

    @Test
    void a_federation_token_is_signed_with_the_keys_a_credential_process_prints() {
        aws.config("[profile dev-long-term]\ncredential_process = print-keys\nmfa_serial = " + AwsHome.DEVICE + "\n");
        FakePrograms programs = FakePrograms.printing(0, FakePrograms.keysJson("AKIAI44QH8DHBEXAMPLE",
                "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"));
        CliRun.Result result = CliRun.run(CliRun.withPrograms(aws.env(), CLOCK, terminal, sts, programs),
                "console", "--profile", "dev", "--print");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of(List.of("print-keys")), programs.runs);
        assertEquals("AKIAI44QH8DHBEXAMPLE", sts.onlyCall().target().credentials().accessKeyId());
    }

    @Test
    void a_profile_without_a_role_gets_a_federation_token_with_its_long_term_keys_and_a_warning() {
        aws.credentials(longTermSection("dev"));
        CliRun.Result result = awsmfa("console", "--profile", "dev", "--print");
        assertEquals(0, result.exitCode(), result::toString);
        FakeSts.Call call = sts.onlyCall();
        assertNull(call.roleArn());
        assertNull(call.code(), "GetFederationToken takes no MFA code");
        assertEquals("alice", call.sessionName());
        assertEquals(AwsHome.LONG_TERM_KEY_ID, call.target().credentials().accessKeyId());
        assertTrue(call.target().sessionToken().isEmpty());
        assertTrue(call.externalId().contains("\"Action\":\"*\""), "the allow-all policy: " + call.externalId());
        assertEquals(43_200, call.duration());
        assertEquals(SESSION_JSON, signin.onlyParameter("Session"));
        assertNull(signin.onlyParameter("SessionDuration"), "AWS refuses it with federation tokens");
        assertTrue(result.err().contains("carries no MFA context") && result.err().contains("console_role_arn"),
                result.err());
        assertEquals(1, result.err().strip().split("\n").length, "one line: " + result.err());
    }

    @Test
    void an_sts_answer_no_sts_would_give_goes_nowhere_near_the_sign_in_endpoint() {
        aws.credentials(longTermSection("dev"));
        sts.answering(new TemporaryCredentials("ASIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY",
                "AQoEXAMPLE", Instant.parse("2020-01-01T00:00:00Z")));
        CliRun.Result result = awsmfa("console", "--profile", "dev", "--print");
        assertEquals(ExitCode.NETWORK.code(), result.exitCode(), result::toString);
        assertTrue(result.err().contains("answered with a session awsmfa will not use: its expiration, "
                + "2020-01-01T00:00:00Z, is not in the future. Nothing was sent to the sign-in endpoint"), result::toString);
        assertEquals("", result.out());
        assertTrue(signin.requests().isEmpty(), "the sign-in endpoint was called");
    }

    @Test
    void a_console_role_is_assumed_from_the_mfa_session_without_the_warning() {
        aws.credentials(longTermSection("dev")).config("[profile dev]\nconsole_role_arn = " + CONSOLE_ROLE + "\n");
        CliRun.Result result = awsmfa("console", "--profile", "dev", "--print", "--token", "123456");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(2, sts.calls.size(), sts.calls::toString);
        assertNull(sts.calls.get(0).roleArn(), "GetSessionToken with MFA first");
        assertEquals("123456", sts.calls.get(0).code());
        FakeSts.Call assume = sts.calls.get(1);
        assertEquals(CONSOLE_ROLE, assume.roleArn());
        assertNull(assume.code());
        assertEquals(FakeSts.SESSION_KEY_ID, assume.target().credentials().accessKeyId());
        assertEquals(FakeSts.SESSION_TOKEN, assume.target().sessionToken().orElseThrow());
        assertFalse(result.err().contains("no MFA context"), result.err());
    }

    @Test
    void role_flag_names_the_console_role() {
        aws.credentials(longTermSection("dev"));
        CliRun.Result result = awsmfa("console", "--profile", "dev", "--print", "--token", "123456",
                "--role", CONSOLE_ROLE);
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(CONSOLE_ROLE, sts.calls.get(sts.calls.size() - 1).roleArn());
    }

    @Test
    void role_flag_on_a_role_profile_is_refused_before_any_code_is_asked() {
        roleProfile();
        CliRun.Result result = awsmfa("console", "--profile", "admin", "--print", "--token", "123456",
                "--role", CONSOLE_ROLE);
        assertEquals(ExitCode.USAGE.code(), result.exitCode(), result::toString);
        assertTrue(result.err().contains("profile admin assumes " + ROLE), result.err());
        assertTrue(sts.calls.isEmpty(), sts.calls::toString);
    }

    @Test
    void without_print_the_opener_on_path_gets_the_url_and_stdout_stays_empty() throws IOException {
        assumeTrue(File.separatorChar == '/' && !System.getProperty("os.name").startsWith("Mac"), "xdg-open");
        roleProfile();
        Path seen = fakeOpener(0);
        CliRun.Result result = awsmfa("console", "--profile", "admin", "--token", "123456");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.out());
        String opened = Files.readString(seen).strip();
        assertEquals(SigninStub.TOKEN, SigninStub.query(opened).get("SigninToken"));
        assertFalse(result.err().contains(SigninStub.TOKEN), result.err());
    }

    @Test
    void an_opener_that_fails_or_is_missing_ends_with_no_browser_and_no_url() throws IOException {
        assumeTrue(File.separatorChar == '/' && !System.getProperty("os.name").startsWith("Mac"), "xdg-open");
        roleProfile();
        fakeOpener(3);
        CliRun.Result failed = awsmfa("console", "--profile", "admin", "--token", "123456");
        assertEquals(ExitCode.NO_BROWSER.code(), failed.exitCode(), failed::toString);
        assertTrue(failed.err().contains("--print"), failed.err());
        assertFalse(failed.err().contains(SigninStub.TOKEN), failed.err());
        aws.env("PATH", dir.resolve("empty").toString());
        CliRun.Result missing = awsmfa("console", "--profile", "admin", "--force", "--token", "654321");
        assertEquals(ExitCode.NO_BROWSER.code(), missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("xdg-open is in no directory of PATH"), missing.err());
    }

    @Test
    void debug_output_never_holds_the_sign_in_token_or_the_url() {
        roleProfile();
        CliRun.Result result = awsmfa("console", "--profile", "admin", "--print", "--token", "123456",
                "--log-level", "DEBUG");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("debug: Asking the sign-in endpoint at 127.0.0.1"), result.err());
        assertFalse(result.err().contains(SigninStub.TOKEN), result.err());
        assertFalse(result.err().contains("Action=login"), result.err());
        assertFalse(result.err().contains(FakeSts.SESSION_SECRET), result.err());
    }

    @Test
    void a_refusal_of_the_sign_in_endpoint_is_one_line_without_the_request() {
        roleProfile();
        signin.answering(400, "Bad Request");
        CliRun.Result result = awsmfa("console", "--profile", "admin", "--print", "--token", "123456",
                "--log-level", "DEBUG");
        assertEquals(ExitCode.CREDENTIALS_REJECTED.code(), result.exitCode(), result::toString);
        assertEquals("", result.out());
        assertTrue(result.err().contains("refused the session (HTTP 400)"), result.err());
        assertFalse(result.err().contains("getSigninToken"), result.err());
        assertFalse(result.err().contains(FakeSts.SESSION_SECRET), result.err());
    }

    @Test
    void service_and_destination_together_and_a_plain_http_endpoint_are_refused() {
        roleProfile();
        CliRun.Result both = awsmfa("console", "--profile", "admin", "--print", "--service", "s3",
                "--destination", "https://console.aws.amazon.com/ec2/home");
        assertEquals(ExitCode.USAGE.code(), both.exitCode(), both::toString);
        CliRun.Result http = awsmfa("console", "--profile", "admin", "--print",
                "--signin-endpoint", "http://signin.example.com/federation");
        assertEquals(ExitCode.INVALID_INPUT.code(), http.exitCode(), http::toString);
        assertTrue(http.err().contains("--signin-endpoint"), http.err());
        assertTrue(sts.calls.isEmpty(), "refused before STS: " + sts.calls);
    }

    @Test
    void a_destination_is_passed_through_encoded() {
        roleProfile();
        String destination = "https://console.aws.amazon.com/ec2/home?region=eu-west-1#Instances:";
        CliRun.Result result = awsmfa("console", "--profile", "admin", "--print", "--token", "123456",
                "--destination", destination);
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(destination, SigninStub.query(result.out().strip()).get("Destination"));
    }

    /** An xdg-open that records its argument and exits with {@code status}; PATH holds only it and the system's. */
    Path fakeOpener(int status) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path seen = dir.resolve("opened");
        Path opener = bin.resolve("xdg-open");
        Files.writeString(opener, "#!/bin/sh\nprintf '%s\\n' \"$1\" > '" + seen + "'\nexit " + status + "\n");
        Files.setPosixFilePermissions(opener, PosixFilePermissions.fromString("rwx------"));
        aws.env("PATH", bin + ":/usr/bin:/bin");
        return seen;
    }
}
