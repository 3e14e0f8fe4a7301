package dev.awsmfa.cli;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.FakeSts;
import dev.awsmfa.testing.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every command on a role profile whose source_profile awsmfa refreshes, and on one it does not serve. */
class RoleProfileCommandsTest extends CommandTestBase {
    static final String ROLE = "arn:aws:iam::111111111111:role/admin";
    static final String ADMIN = "[profile admin]\nrole_arn = " + ROLE + "\nsource_profile = dev\nregion = eu-west-1\n";

    @BeforeEach
    void hourLongRoleSessions() {
        // The fake hands every call the same answer; an hour is what AssumeRole asks for by default.
        sts = new FakeSts(NOW.plusSeconds(3600));
    }

    void validMfaSession() {
        aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 20:00:00")).config(ADMIN);
    }

    Path cached() {
        return aws.home().resolve(".cache/awsmfa/role-sessions/role-61646d696e");
    }

    @Test
    void the_refresh_assumes_the_role_with_the_mfa_session_then_says_it_is_still_valid() {
        validMfaSession();
        CliRun.Result first = awsmfa("--profile", "admin");
        assertEquals(0, first.exitCode(), first::toString);
        assertEquals("awsmfa: New role session of profile admin (" + ROLE + "), assumed with the MFA session of dev, "
                + "kept in " + cached() + ", valid until 2026-11-28 14:00:00 +01:00 Europe/Berlin (1 h 00 min from "
                + "now). Use it with 'awsmfa exec --profile admin' or 'awsmfa export --profile admin'.\n", first.err());
        FakeSts.Call call = sts.onlyCall();
        assertEquals("ASIAOLDSESSIONEXAMPLE", call.target().credentials().accessKeyId());
        assertEquals("oldTokenEXAMPLE", call.target().sessionToken().orElseThrow());
        assertNull(call.serial());
        assertNull(call.code());
        assertEquals(java.util.List.of(), terminal.prompts);

        CliRun.Result second = awsmfa("--profile", "admin");
        assertEquals("awsmfa: Role session of profile admin (" + ROLE + ") is still valid until 2026-11-28 14:00:00 "
                + "+01:00 Europe/Berlin (1 h 00 min from now); nothing to do (--force renews it now).\n", second.err());
        assertEquals(1, sts.calls.size());
        awsmfa("--profile", "admin", "--force");
        assertEquals(2, sts.calls.size());
    }

    @Test
    void export_and_credential_process_hand_on_the_role_session_and_its_region() {
        validMfaSession();
        CliRun.Result export = awsmfa("export", "--profile", "admin", "--format", "dotenv");
        assertEquals(0, export.exitCode(), export::toString);
        assertTrue(export.out().contains("AWS_ACCESS_KEY_ID='" + FakeSts.SESSION_KEY_ID + "'\n"), export.out());
        assertTrue(export.out().contains("AWS_REGION='eu-west-1'\n"), export.out());
        CliRun.Result process = awsmfa("credential-process", "--profile", "admin");
        assertEquals(FakeSts.SESSION_KEY_ID, Json.object(process.out()).get("AccessKeyId"));
        assertEquals(1, sts.calls.size(), "the second command reused the role session");
        CliRun.Result noRefresh = awsmfa("export", "--profile", "admin", "--no-refresh");
        assertEquals(0, noRefresh.exitCode(), noRefresh::toString);
    }

    @Test
    void no_refresh_without_a_role_session_fails_with_absent() {
        validMfaSession();
        CliRun.Result result = awsmfa("export", "--profile", "admin", "--no-refresh");
        assertEquals(ExitCode.SESSION_ABSENT.code(), result.exitCode());
        assertEquals("awsmfa: Profile admin has no valid role session kept by awsmfa, and --no-refresh was given: run "
                + "awsmfa --profile admin first, or drop --no-refresh.\n", result.err());
        assertEquals(0, sts.calls.size());
    }

    @Test
    void status_shows_the_role_session_and_the_source_session_in_text_and_json() {
        validMfaSession();
        CliRun.Result absent = awsmfa("status", "--profile", "admin");
        assertEquals(ExitCode.SESSION_ABSENT.code(), absent.exitCode(), absent::toString);
        assertEquals("admin (role " + ROLE + "): absent (no role session kept yet; 'awsmfa --profile admin' assumes "
                + "the role with the MFA session of dev)\nsource dev [dev]: valid until 2026-11-28 21:00:00 +01:00 "
                + "Europe/Berlin (8 h 00 min left)\n", absent.out());
        assertEquals(0, awsmfa("--profile", "admin").exitCode(), "the hinted command works");

        CliRun.Result valid = awsmfa("status", "--profile", "admin");
        assertEquals(0, valid.exitCode(), valid::toString);
        assertEquals("admin (role " + ROLE + "): valid until 2026-11-28 14:00:00 +01:00 Europe/Berlin (1 h 00 min "
                + "left), key ****MPLE, kept in " + cached() + "\nsource dev [dev]: valid until 2026-11-28 21:00:00 "
                + "+01:00 Europe/Berlin (8 h 00 min left)\n", valid.out());
        Map<String, Object> json = Json.object(awsmfa("status", "--profile", "admin", "--output", "json").out());
        assertEquals("valid", json.get("state"));
        assertEquals(ROLE, json.get("role"));
        assertEquals("2026-11-28T13:00:00Z", json.get("expiration"));
        assertEquals(cached().toString(), json.get("cache"));
        assertEquals("valid", ((Map<?, ?>) json.get("source")).get("state"));
        assertEquals(ExitCode.SESSION_EXPIRING.code(), awsmfa("status", "--profile", "admin", "-q",
                "--refresh-window", "61").exitCode());
    }

    @Test
    void clear_removes_the_role_session_and_says_so() {
        validMfaSession();
        awsmfa("--profile", "admin");
        assertTrue(Files.exists(cached()));
        CliRun.Result clear = awsmfa("clear", "--profile", "admin");
        assertEquals(0, clear.exitCode(), clear::toString);
        assertEquals("awsmfa: Removed the role session of profile admin from " + cached() + ".\n", clear.err());
        assertFalse(Files.exists(cached()));
        assertTrue(aws.credentials().contains("[dev]"), "the MFA session stays");
        assertEquals("awsmfa: No role session of profile admin to remove.\n", awsmfa("clear", "--profile", "admin")
                .err());
    }

    @Test
    void clear_expired_also_removes_expired_role_sessions() {
        validMfaSession();
        awsmfa("--profile", "admin");
        CliRun.Result before = awsmfa("clear", "--expired");
        assertEquals("awsmfa: No session to remove.\n", before.err());
        assertTrue(Files.exists(cached()));
        CliRun.Result after = CliRun.run(aws.env(), java.time.Clock.fixed(NOW.plusSeconds(3600), CLOCK.getZone()),
                terminal, CliRun.NO_COMMANDS, sts, "clear", "--expired");
        assertEquals(0, after.exitCode(), after::toString);
        assertEquals("awsmfa: Removed 1 expired role session from awsmfa's cache directory.\n", after.err());
        assertFalse(Files.exists(cached()));
        assertTrue(aws.credentials().contains("[dev]"), "the MFA session is valid until 20:00");
    }

    @Test
    void list_shows_the_role_sessions_expiry() {
        validMfaSession();
        assertTrue(awsmfa("list").out().contains("admin          role"), "no expiry before");
        awsmfa("--profile", "admin");
        CliRun.Result list = awsmfa("list", "--output", "json");
        assertTrue(list.out().contains("{\"name\": \"admin\", \"kind\": \"role\", \"keyId\": null, \"keySource\": null, \"device\": null, "
                + "\"role\": \"" + ROLE + "\", \"region\": \"eu-west-1\", \"expiration\": \"2026-11-28T13:00:00Z\", "
                + "\"valid\": true, \"remainingSeconds\": 3600, \"keyCreated\": null, \"keyAgeDays\": null}"), list.out());
    }

    @Test
    void a_role_profile_whose_source_has_static_keys_is_told_the_aws_cli_assumes_it() {
        aws.credentials("[dev]\naws_access_key_id = " + AwsHome.LONG_TERM_KEY_ID + "\naws_secret_access_key = "
                + AwsHome.LONG_TERM_SECRET + "\n").config(ADMIN);
        for (String command : new String[] {null, "exec", "export", "credential-process"}) {
            CliRun.Result result = command == null ? awsmfa("--profile", "admin")
                    : awsmfa(command, "--profile", "admin");
            assertEquals(ExitCode.PROFILE_NOT_FOUND.code(), result.exitCode(), result::toString);
            assertTrue(result.err().contains("the AWS CLI assumes that role itself (aws --profile admin ...)"),
                    result::toString);
            assertFalse(result.err().contains("--setup --profile admin"), "the old, wrong hint");
        }
        assertEquals(0, sts.calls.size());
    }

    @Test
    void the_plain_refresh_of_the_source_profile_is_unchanged() {
        aws.credentials(longTermSection("dev")).config(ADMIN);
        sts = new FakeSts(NOW.plusSeconds(43_200));
        CliRun.Result result = awsmfa("--profile", "dev");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("awsmfa: New session written to [dev]"), result.err());
        assertEquals(AwsHome.DEVICE, sts.onlyCall().serial());
    }
}
