package dev.awsmfa.e2e;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.SecretScan;
import dev.awsmfa.testing.SigninStub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The packaged {@code awsmfa console} against a WireMock STS and a WireMock federation endpoint on 127.0.0.1:
 * which session signs in, the login URL, the browser opener, and that no secret reaches stderr.
 */
@DisabledOnOs(value = {OS.WINDOWS, OS.MAC}, disabledReason = "the fake opener is xdg-open, run by the POSIX launcher")
class ConsoleIT extends StubbedStsFixture {
    static final String ROLE = "arn:aws:iam::123456789012:role/admin";
    /** The values of assume-role.xml and get-federation-token.xml. */
    static final String ROLE_KEY_ID = "ASIAIOSFODNN7EXAMPLE";
    static final String ROLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY";
    static final String FEDERATION_KEY_ID = "ASIAIOSFODNN7FEDEXAMPLE";
    static final String FEDERATION_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzFEDERATEDEXAMPLEKEY";

    SigninStub signin;

    @BeforeEach
    void signinEndpoint() {
        signin = new SigninStub().succeeding();
        aws.env("AWSMFA_SIGNIN_ENDPOINT", signin.url());
    }

    @AfterEach
    void stopSignin() {
        signin.close();
    }

    CliRun.Result awsmfa(String... args) {
        return AwsMfaProcess.with(aws.env()).run(args);
    }

    static String token(String file) {
        String body = dev.awsmfa.testing.StsStub.body(file);
        return body.substring(body.indexOf("<SessionToken>") + 14, body.indexOf("</SessionToken>"));
    }

    static String sessionJson(String keyId, String secret, String token) {
        return "{\"sessionId\":\"" + keyId + "\",\"sessionKey\":\"" + secret + "\",\"sessionToken\":\"" + token + "\"}";
    }

    void roleProfile() {
        aws.credentials(longTermSection("admin") + "assume_role = " + ROLE + "\n")
                .config("[profile admin]\nregion = eu-central-1\n");
        sts.succeeding(3600);
    }

    /** No secret of the run on stderr: the keys', the sessions', the sign-in token, the URL. */
    static void assertNoSecretIn(String err, String url) {
        SecretScan.assertNoSecret("stderr", err);
        for (String secret : List.of(token("assume-role.xml"), token("get-federation-token.xml"), "Action=login",
                "SigninToken", url)) {
            assertFalse(err.contains(secret), "stderr holds " + secret + ":\n" + err);
        }
    }

    @Test
    void a_role_profile_signs_in_with_the_role_session_and_print_writes_the_url_alone() {
        roleProfile();
        CliRun.Result result = awsmfa("console", "--profile", "admin", "--print", "--token", "123456",
                "--service", "s3");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("AssumeRole", sts.onlyRequestParameters().get("Action"));
        assertEquals(ROLE, sts.onlyRequestParameters().get("RoleArn"));
        assertEquals(sessionJson(ROLE_KEY_ID, ROLE_SECRET, token("assume-role.xml")), signin.onlyParameter("Session"));

        String url = result.out().substring(0, result.out().length() - 1);
        assertEquals(url + "\n", result.out(), "stdout holds the URL alone");
        assertTrue(url.startsWith(signin.url() + "?"), url);
        Map<String, String> parameters = SigninStub.query(url);
        assertEquals(List.of("Action", "Issuer", "Destination", "SigninToken"), List.copyOf(parameters.keySet()));
        assertEquals("login", parameters.get("Action"));
        assertEquals("awsmfa", parameters.get("Issuer"));
        assertEquals("https://console.aws.amazon.com/s3/home?region=eu-central-1", parameters.get("Destination"));
        assertEquals(SigninStub.TOKEN, parameters.get("SigninToken"));
        // Encoded: the destination's own '?', '=' and '/' do not leak into the login URL's query.
        assertTrue(url.contains("&Destination=https%3A%2F%2Fconsole.aws.amazon.com%2Fs3%2Fhome%3Fregion%3Deu-central-1&"),
                url);
        assertNoSecretIn(result.err(), url);
    }

    @Test
    void a_profile_without_a_role_signs_in_with_a_federation_token_and_warns() {
        aws.credentials(longTermSection("dev"));
        sts.succeeding(43_200);
        CliRun.Result result = awsmfa("console", "--profile", "dev", "--print");
        assertEquals(0, result.exitCode(), result::toString);
        Map<String, String> request = sts.onlyRequestParameters();
        assertEquals("GetFederationToken", request.get("Action"));
        assertEquals("alice", request.get("Name"));
        assertEquals("43200", request.get("DurationSeconds"));
        assertTrue(request.get("Policy").contains("\"Action\":\"*\""), request.toString());
        assertNull(request.get("TokenCode"), "GetFederationToken takes no MFA code");
        String authorization = sts.requests().get(0).getHeader("Authorization");
        assertTrue(authorization.contains("Credential=" + AwsHome.LONG_TERM_KEY_ID + "/"), "signed with the long-term keys");
        assertEquals(sessionJson(FEDERATION_KEY_ID, FEDERATION_SECRET, token("get-federation-token.xml")),
                signin.onlyParameter("Session"));
        assertNull(signin.onlyParameter("SessionDuration"), "AWS refuses SessionDuration with federation tokens");
        assertTrue(result.err().contains("carries no MFA context") && result.err().contains("console_role_arn"),
                result.err());
        assertEquals(SigninStub.TOKEN, SigninStub.query(result.out().strip()).get("SigninToken"));
        assertNoSecretIn(result.err(), result.out().strip());
    }

    @Test
    void a_console_role_is_assumed_with_the_mfa_session_and_signs_in() {
        aws.credentials(longTermSection("dev"))
                .config("[profile dev]\nconsole_role_arn = arn:aws:iam::123456789012:role/ReadOnly\n");
        sts.succeeding(3600);
        CliRun.Result result = awsmfa("console", "--profile", "dev", "--print", "--token", "123456");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(2, sts.requests().size());
        Map<String, String> assume = dev.awsmfa.testing.StsStub.form(sts.requests().get(1).getBodyAsString());
        assertEquals("AssumeRole", assume.get("Action"));
        assertEquals("arn:aws:iam::123456789012:role/ReadOnly", assume.get("RoleArn"));
        assertEquals("3600", assume.get("DurationSeconds"));
        assertNull(assume.get("TokenCode"), "the MFA context comes with the session");
        // Signed with the MFA session written by the first call, its token sent along.
        assertTrue(sts.requests().get(1).getHeader("Authorization").contains("Credential=ASIAIOSFODNN7EXAMPLE/"));
        assertEquals(token("get-session-token.xml"), sts.requests().get(1).getHeader("X-Amz-Security-Token"));
        assertEquals(sessionJson(ROLE_KEY_ID, ROLE_SECRET, token("assume-role.xml")), signin.onlyParameter("Session"));
        assertFalse(result.err().contains("no MFA context"), result.err());
    }

    @Test
    void without_print_the_browser_opener_gets_the_url_and_stdout_stays_empty() throws IOException {
        roleProfile();
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path opened = dir.resolve("opened");
        Path opener = bin.resolve("xdg-open");
        Files.writeString(opener, "#!/bin/sh\nprintf '%s\\n' \"$*\" > '" + opened + "'\n");
        Files.setPosixFilePermissions(opener, PosixFilePermissions.fromString("rwx------"));
        aws.env("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        CliRun.Result result = awsmfa("console", "--profile", "admin", "--token", "123456");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.out());
        String url = Files.readString(opened).strip();
        assertTrue(url.startsWith(signin.url() + "?Action=login&"), url);
        assertEquals(SigninStub.TOKEN, SigninStub.query(url).get("SigninToken"));
        assertNoSecretIn(result.err(), url);
    }

    @Test
    void a_deny_without_mfa_on_get_federation_token_says_to_name_a_console_role() {
        aws.credentials(longTermSection("dev"));
        sts.failing("error-federation-explicit-deny.xml", 403);
        CliRun.Result result = awsmfa("console", "--profile", "dev", "--print");
        assertEquals(ExitCode.CREDENTIALS_REJECTED.code(), result.exitCode(), result::toString);
        assertEquals("", result.out());
        String[] lines = result.err().strip().split("\n");
        assertEquals(2, lines.length, "the warning and the error: " + result.err());
        assertTrue(lines[1].contains("explicit deny") && lines[1].contains("without MFA")
                && lines[1].contains("console_role_arn") && lines[1].contains("--role"), lines[1]);
        assertTrue(signin.requests().isEmpty());
    }

    @Test
    void no_debug_line_holds_the_sign_in_token_or_the_url() {
        roleProfile();
        CliRun.Result result = awsmfa("console", "--profile", "admin", "--print", "--token", "123456",
                "--log-level", "DEBUG");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("awsmfa: debug: Asking the sign-in endpoint at 127.0.0.1:"), result.err());
        assertNoSecretIn(result.err(), result.out().strip());
    }
}
