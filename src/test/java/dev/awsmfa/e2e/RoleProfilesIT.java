package dev.awsmfa.e2e;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.SecretScan;
import dev.awsmfa.testing.StsStub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Roles from one MFA code, end to end: the packaged awsmfa against the WireMock STS, a role profile whose
 * source_profile has long-term keys, counted in the requests STS gets.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the child command is sh")
class RoleProfilesIT extends StubbedStsFixture {
    static final String ROLE = "arn:aws:iam::111111111111:role/admin";
    /** The session key id of get-session-token.xml, which must sign AssumeRole. */
    static final String SESSION_KEY_ID = "ASIAIOSFODNN7EXAMPLE";

    Path cache;

    @BeforeEach
    void roleProfile() {
        // A cache of this test's own: the shared one of the ITs would carry role sessions from test to test.
        cache = dir.resolve("cache");
        aws.env("XDG_CACHE_HOME", cache.toString()).env("AWSMFA_NO_ARCHIVE", "1")
                .credentials(longTermSection("dev"))
                .config("[profile dev]\nregion = eu-west-1\n\n[profile admin]\nrole_arn = " + ROLE + "\n"
                        + "source_profile = dev\nrole_session_name = alice-admin\n");
        sts.succeeding(3600);
    }

    CliRun.Result awsmfa(String... args) {
        return AwsMfaProcess.with(aws.env()).run(args);
    }

    static String token(String file) {
        String body = StsStub.body(file);
        return body.substring(body.indexOf("<SessionToken>") + 14, body.indexOf("</SessionToken>"));
    }

    Path cachedRoleSession() {
        return cache.resolve("awsmfa/role-sessions/role-61646d696e");
    }

    @Test
    void one_code_one_get_session_token_one_assume_role_signed_by_the_session_then_no_call_until_clear()
            throws Exception {
        CliRun.Result exec = awsmfa("exec", "--profile", "admin", "--token", "123456", "--", "sh", "-c",
                "printf '%s' \"$AWS_SESSION_TOKEN\"");
        assertEquals(0, exec.exitCode(), exec::toString);
        assertEquals(token("assume-role.xml"), exec.out(), "the command got the role session");

        List<LoggedRequest> requests = sts.requests();
        assertEquals(2, requests.size());
        Map<String, String> session = StsStub.form(requests.get(0).getBodyAsString());
        assertEquals("GetSessionToken", session.get("Action"));
        assertEquals(AwsHome.DEVICE, session.get("SerialNumber"));
        assertEquals("123456", session.get("TokenCode"));
        assertTrue(requests.get(0).getHeader("Authorization").contains("Credential=" + AwsHome.LONG_TERM_KEY_ID + "/"));

        Map<String, String> assume = StsStub.form(requests.get(1).getBodyAsString());
        assertEquals("AssumeRole", assume.get("Action"));
        assertEquals(ROLE, assume.get("RoleArn"));
        assertEquals("alice-admin", assume.get("RoleSessionName"));
        assertEquals("3600", assume.get("DurationSeconds"));
        assertNull(assume.get("SerialNumber"), "the session carries the MFA context");
        assertNull(assume.get("TokenCode"));
        String authorization = requests.get(1).getHeader("Authorization");
        assertTrue(authorization.contains("Credential=" + SESSION_KEY_ID + "/"), authorization);
        assertFalse(authorization.contains(AwsHome.LONG_TERM_KEY_ID), authorization);
        assertEquals(token("get-session-token.xml"), requests.get(1).getHeader("X-Amz-Security-Token"));

        // The MFA session went to [dev] as ever; the role session to the cache, owner-only, not to [admin].
        assertTrue(Files.readString(aws.credentialsFile()).contains(token("get-session-token.xml")));
        assertFalse(Files.readString(aws.credentialsFile()).contains(token("assume-role.xml")));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cachedRoleSession())));

        CliRun.Result again = awsmfa("exec", "--profile", "admin", "--", "sh", "-c",
                "printf '%s' \"$AWS_SESSION_TOKEN\"");
        assertEquals(token("assume-role.xml"), again.out(), again::toString);
        CliRun.Result export = awsmfa("export", "--profile", "admin");
        assertEquals(0, export.exitCode(), export::toString);
        assertTrue(export.out().contains(token("assume-role.xml")), export.out());
        CliRun.Result status = awsmfa("status", "--profile", "admin");
        assertEquals(0, status.exitCode(), status::toString);
        assertTrue(status.out().startsWith("admin (role " + ROLE + "): valid until "), status.out());
        assertEquals(2, sts.requests().size(), "within the role session's life: no STS call");

        CliRun.Result clear = awsmfa("clear", "--profile", "admin");
        assertEquals(0, clear.exitCode(), clear::toString);
        assertEquals("awsmfa: Removed the role session of profile admin from "
                + cache.toRealPath().resolve("awsmfa/role-sessions/role-61646d696e") + ".\n", clear.err());
        assertFalse(Files.exists(cachedRoleSession()));
        assertEquals(ExitCode.SESSION_ABSENT.code(), awsmfa("status", "--profile", "admin", "-q").exitCode());

        // The MFA session is still valid: the next run assumes the role again, with no code.
        CliRun.Result renewed = awsmfa("--profile", "admin");
        assertEquals(0, renewed.exitCode(), renewed::toString);
        assertEquals(3, sts.requests().size());
        assertNull(StsStub.form(sts.requests().get(2).getBodyAsString()).get("TokenCode"));
        for (CliRun.Result result : List.of(exec, again, export, status, clear, renewed)) {
            SecretScan.assertNoSecret("stderr", result.err());
            assertFalse(result.err().contains(token("assume-role.xml")), result.err());
        }
    }

    @Test
    void shells_started_together_make_one_assume_role() throws Exception {
        aws.credentials(ValidSession.credentials("dev"));
        List<Process> shells = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            shells.add(AwsMfaProcess.with(aws.env()).start("export", "--profile", "admin"));
        }
        String first = null;
        for (Process shell : shells) {
            CliRun.Result result = AwsMfaProcess.finish(shell);
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(result.out().contains(token("assume-role.xml")), result.out());
            first = first == null ? result.out() : first;
            assertEquals(first, result.out(), "every shell got the same role session");
        }
        assertEquals(1, sts.requests().size(), "the others waited for the lock and reused the role session");
    }

    @Test
    void a_role_profile_over_static_keys_is_left_to_the_aws_cli_with_no_request() {
        aws.credentials("[dev]\naws_access_key_id = " + AwsHome.LONG_TERM_KEY_ID + "\naws_secret_access_key = "
                + AwsHome.LONG_TERM_SECRET + "\n");
        CliRun.Result result = awsmfa("--profile", "admin", "--token", "123456");
        assertEquals(ExitCode.PROFILE_NOT_FOUND.code(), result.exitCode(), result::toString);
        assertTrue(result.err().contains("the AWS CLI assumes that role itself (aws --profile admin ...)"),
                result.err());
        assertEquals(0, sts.requests().size());
    }
}
