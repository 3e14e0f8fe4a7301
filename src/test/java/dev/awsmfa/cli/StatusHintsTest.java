package dev.awsmfa.cli;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.CliRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code status} says of a profile without a session: a way to one that works for that kind of profile, and
 * where it names a command, that command does what it says. Never "run awsmfa --profile X" where that fails.
 */
class StatusHintsTest extends CommandTestBase {
    private static final String STATIC_KEYS = "aws_access_key_id = " + AwsHome.LONG_TERM_KEY_ID + "\n"
            + "aws_secret_access_key = " + AwsHome.LONG_TERM_SECRET + "\n";

    @Test
    void a_profile_with_long_term_keys_is_told_the_command_that_gets_a_session_and_that_command_works() {
        aws.credentials(longTermSection("dev")).config("[profile dev]\nmfa_serial = " + AwsHome.DEVICE + "\n");
        String line = absent("--profile", "dev");
        assertEquals("dev [dev]: absent (no session yet; 'awsmfa --profile dev' gets one from [dev-long-term])", line);
        assertEquals(0, run(quoted(line)).exitCode());
        assertEquals(0, awsmfa("status", "--profile", "dev").exitCode());
    }

    @Test
    void a_static_default_profile_is_not_told_to_run_a_refresh_that_would_fail() {
        aws.credentials("[default]\n" + STATIC_KEYS);
        String line = absent();
        assertEquals("default [default]: absent ([default] holds long-term keys, which the AWS CLI uses as they are; "
                + "awsmfa keeps a session only for a profile with its keys in [default-long-term])", line);
        assertEquals(ExitCode.PROFILE_NOT_FOUND.code(), awsmfa("--profile", "default").exitCode(),
                "the refresh the old hint advised fails here");
    }

    @Test
    void an_unknown_profile_is_told_so_and_how_to_create_it() {
        aws.credentials(longTermSection("dev"));
        assertEquals("nope [nope]: absent (no profile nope in the AWS files ('awsmfa list' shows them); "
                + "'awsmfa --setup --profile nope' creates one)", absent("--profile", "nope"));
    }

    @Test
    void a_role_profile_awsmfa_does_not_serve_is_told_the_aws_cli_assumes_it_itself() {
        aws.credentials("[dev]\n" + STATIC_KEYS).config("[profile ops]\nrole_arn = arn:aws:iam::123456789012:role/ops\n"
                + "source_profile = dev\n");
        String line = absent("--profile", "ops");
        assertTrue(line.startsWith("ops [ops]: absent (a role profile: the AWS CLI assumes its role_arn itself"), line);
        assertFalse(line.contains("awsmfa --profile"), line);
    }

    @Test
    void an_sso_profile_is_told_to_sign_in_with_the_aws_cli() {
        aws.config("[profile corp]\nsso_session = corp\nsso_account_id = 123456789012\n");
        String line = absent("--profile", "corp");
        assertTrue(line.contains("an IAM Identity Center (SSO) profile: 'aws sso login --profile corp' signs in"), line);
    }

    @Test
    void a_long_term_section_is_pointed_at_the_profile_it_belongs_to() {
        aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 13:00:00"));
        String line = absent("--profile", "dev-long-term");
        assertEquals("dev-long-term [dev-long-term]: absent ([dev-long-term] holds the long-term keys of dev; "
                + "'awsmfa status --profile dev' shows its session)", line);
        assertEquals(0, run(quoted(line)).exitCode());
    }

    @Test
    void a_profile_with_keys_nowhere_is_told_how_to_add_them() {
        aws.config("[profile bare]\nregion = eu-west-1\n");
        assertEquals("bare [bare]: absent (no long-term keys in [bare-long-term] to get a session with; "
                + "'awsmfa --setup --profile bare' adds them)", absent("--profile", "bare"));
    }

    @Test
    void an_expiring_session_reads_as_valid_until_its_end() {
        aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 13:00:00"));
        CliRun.Result result = awsmfa("status", "--profile", "dev", "--refresh-window", "61");
        assertEquals(ExitCode.SESSION_EXPIRING.code(), result.exitCode(), result::toString);
        assertEquals("dev [dev]: expiring soon, valid until 2026-11-28 14:00:00 +01:00 Europe/Berlin (1 h 00 min left), "
                + "key ****MPLE\n", result.out());
    }

    /** The one line {@code status} prints for a profile without a session, checking its exit code. */
    private String absent(String... options) {
        List<String> args = new ArrayList<>(List.of("status"));
        args.addAll(List.of(options));
        CliRun.Result result = awsmfa(args.toArray(new String[0]));
        assertEquals(ExitCode.SESSION_ABSENT.code(), result.exitCode(), result::toString);
        assertEquals("", result.err());
        assertTrue(result.out().endsWith(")\n") && result.out().indexOf('\n') == result.out().length() - 1,
                result.out());
        return result.out().trim();
    }

    /** The first command the hint quotes: 'awsmfa ...'. */
    private static String quoted(String line) {
        int start = line.indexOf("'awsmfa ");
        return line.substring(start + 1, line.indexOf('\'', start + 1));
    }

    private CliRun.Result run(String command) {
        return awsmfa(command.substring("awsmfa ".length()).split(" "));
    }
}
