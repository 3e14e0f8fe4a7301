package dev.awsmfa.cli;

import static dev.awsmfa.testing.AwsHome.DEVICE;
import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.FakeSleeper;
import dev.awsmfa.testing.FakeSts;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code awsmfa --profile a --profile b} and {@code awsmfa --all}, through picocli, with fakes for STS and the terminal. */
class SeveralProfilesCommandTest extends CommandTestBase {
    static final String BOB = "arn:aws:iam::123456789012:mfa/bob";
    static final String UNTIL = "valid until 2026-11-29 01:00:00 +01:00 Europe/Berlin (12 h 00 min from now).";

    static String withDevice(String profile, String device) {
        return longTermSection(profile).replace(DEVICE, device);
    }

    CliRun.Result awsmfa(FakeSleeper sleeper, String... args) {
        return CliRun.run(aws.env(), sleeper, sleeper, terminal, CliRun.NO_COMMANDS, sts, args);
    }

    @Test
    void profiles_of_one_user_and_device_share_one_call_and_each_get_a_summary_line() {
        aws.credentials(longTermSection("a") + longTermSection("b"));
        CliRun.Result result = awsmfa("--profile", "a", "--profile", "b");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(1, sts.calls.size());
        assertEquals("awsmfa: profile a: refreshed, " + UNTIL + "\n"
                + "awsmfa: profile b: refreshed with the session of profile a (same user, device and request: one "
                + "STS call), " + UNTIL + "\n", result.err());
        assertEquals("", result.out());
        String credentials = aws.credentials();
        assertTrue(credentials.contains("[a]\nassumed_role = False\naws_access_key_id = " + FakeSts.SESSION_KEY_ID)
                && credentials.contains("[b]\nassumed_role = False\naws_access_key_id = " + FakeSts.SESSION_KEY_ID),
                credentials);
    }

    @Test
    void two_devices_are_asked_for_in_turn() {
        aws.credentials(longTermSection("a") + withDevice("b", BOB));
        terminal = dev.awsmfa.testing.FakeTerminal.typing("111111", "222222");
        CliRun.Result result = awsmfa("--profile", "a", "--profile", "b");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of(DEVICE, BOB), List.of(sts.calls.get(0).serial(), sts.calls.get(1).serial()));
        assertEquals(List.of("111111", "222222"), List.of(sts.calls.get(0).code(), sts.calls.get(1).code()));
        assertEquals(2, terminal.prompts.size());
    }

    @Test
    void the_exit_code_is_the_failed_profiles_and_the_others_are_refreshed() {
        aws.credentials(longTermSection("a") + longTermSection("c"));
        CliRun.Result result = awsmfa("--profile", "a", "--profile", "b", "--profile", "c");
        assertEquals(ExitCode.PROFILE_NOT_FOUND.code(), result.exitCode(), result::toString);
        String[] lines = result.err().split("\n");
        assertEquals(3, lines.length, result::toString);
        assertEquals("awsmfa: profile a: refreshed, " + UNTIL, lines[0]);
        assertTrue(lines[1].startsWith("awsmfa: profile b: failed (exit 4): " + aws.credentialsFile()
                + " has no [b-long-term] section for profile b"), lines[1]);
        assertTrue(lines[2].startsWith("awsmfa: profile c: refreshed with the session of profile a"), lines[2]);
    }

    @Test
    void failures_are_shown_even_when_information_is_not() {
        aws.credentials(longTermSection("a"));
        CliRun.Result result = awsmfa("--profile", "a", "--profile", "b", "--log-level", "WARNING");
        assertEquals(ExitCode.PROFILE_NOT_FOUND.code(), result.exitCode(), result::toString);
        assertFalse(result.err().contains("profile a"), result::toString);
        assertTrue(result.err().startsWith("awsmfa: profile b: failed (exit 4): "), result::toString);
    }

    @Test
    void a_device_needed_again_counts_down_to_its_next_code() {
        aws.credentials(longTermSection("a") + longTermSection("b").replace(AwsHome.LONG_TERM_KEY_ID,
                "AKIAI44QH8DHBEXAMPLE"));
        terminal = dev.awsmfa.testing.FakeTerminal.typing("111111", "222222");
        FakeSleeper sleeper = new FakeSleeper(NOW.plusSeconds(7), CLOCK.getZone());
        CliRun.Result result = awsmfa(sleeper, "--profile", "a", "--profile", "b");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(Duration.ofSeconds(23), sleeper.slept());
        assertTrue(result.err().contains("\rawsmfa: Next code for " + DEVICE + " in 23 s (Ctrl-C skips profile b)"),
                result::toString);
        assertTrue(result.err().contains("\rawsmfa: Next code for " + DEVICE + " in 1 s (Ctrl-C skips profile b)"),
                result::toString);
        assertEquals(2, sts.calls.size());
    }

    @Test
    void the_countdown_shows_where_information_does_not_and_is_cleared_at_the_end() {
        aws.credentials(longTermSection("a") + longTermSection("b").replace(AwsHome.LONG_TERM_KEY_ID,
                "AKIAI44QH8DHBEXAMPLE"));
        terminal = dev.awsmfa.testing.FakeTerminal.typing("111111", "222222");
        FakeSleeper sleeper = new FakeSleeper(NOW.plusSeconds(28), CLOCK.getZone());
        CliRun.Result result = awsmfa(sleeper, "--profile", "a", "--profile", "b", "--log-level", "WARNING");
        assertEquals(0, result.exitCode(), result::toString);
        String countdown = "\rawsmfa: Next code for " + DEVICE + " in 2 s (Ctrl-C skips profile b)"
                + "\rawsmfa: Next code for " + DEVICE + " in 1 s (Ctrl-C skips profile b)";
        assertEquals(countdown + "\r" + " ".repeat(countdown.length() / 2 - 1) + "\r", result.err());
    }

    @Test
    void ctrl_c_at_the_countdown_skips_the_profile() {
        aws.credentials(longTermSection("a") + longTermSection("b").replace(AwsHome.LONG_TERM_KEY_ID,
                "AKIAI44QH8DHBEXAMPLE"));
        FakeSleeper sleeper = new FakeSleeper(NOW.plusSeconds(7), CLOCK.getZone()).ctrlCAfter(Duration.ofSeconds(2));
        CliRun.Result result = awsmfa(sleeper, "--profile", "a", "--profile", "b");
        assertEquals(ExitCode.NO_MFA_CODE.code(), result.exitCode(), result::toString);
        assertTrue(result.err().endsWith("awsmfa: profile b: skipped: The wait for the next code of "
                + DEVICE + " was cut short with Ctrl-C.\n"), result::toString);
        assertEquals(1, sts.calls.size());
    }

    @Test
    void all_refreshes_every_profile_with_long_term_keys() {
        aws.credentials(longTermSection("a") + "[plain]\nregion = eu-west-1\n" + withDevice("b", BOB));
        CliRun.Result result = awsmfa("--all");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(2, sts.calls.size());
        assertTrue(result.err().contains("profile a: refreshed") && result.err().contains("profile b: refreshed")
                && !result.err().contains("plain"), result::toString);
    }

    @Test
    void all_honours_the_long_term_suffix() {
        aws.credentials("[a-lt]\naws_access_key_id = " + AwsHome.LONG_TERM_KEY_ID + "\naws_secret_access_key = "
                + AwsHome.LONG_TERM_SECRET + "\naws_mfa_device = " + DEVICE + "\n" + longTermSection("b"));
        CliRun.Result result = awsmfa("--all", "--long-term-suffix", "lt");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("awsmfa: profile a: refreshed, " + UNTIL + "\n", result.err());
    }

    @Test
    void all_without_a_profile_to_refresh_says_how_to_add_one() {
        aws.credentials("[plain]\nregion = eu-west-1\n");
        CliRun.Result result = awsmfa("--all");
        assertEquals(ExitCode.PROFILE_NOT_FOUND.code(), result.exitCode(), result::toString);
        assertEquals("awsmfa: --all found no profile to refresh: no section [PROFILE-long-term] in "
                + aws.credentialsFile() + ". Run awsmfa --setup --profile NAME to add one.\n", result.err());
    }

    @Test
    void all_with_profile_and_setup_with_several_are_usage_errors() {
        CliRun.Result both = awsmfa("--all", "--profile", "a");
        assertEquals(ExitCode.USAGE.code(), both.exitCode(), both::toString);
        assertEquals("awsmfa: --all takes every profile awsmfa can refresh: give either --all or --profile.\n"
                + "Run 'awsmfa --help' for usage.\n", both.err());
        CliRun.Result setup = awsmfa("--setup", "--profile", "a", "--profile", "b");
        assertEquals(ExitCode.USAGE.code(), setup.exitCode(), setup::toString);
        assertTrue(setup.err().startsWith("awsmfa: --setup creates one profile at a time: give --profile once.\n"),
                setup::toString);
    }

    @Test
    void the_commands_that_hand_on_one_session_refuse_a_second_profile() {
        for (String command : List.of("export", "exec", "credential-process", "status", "clear")) {
            CliRun.Result result = awsmfa(command, "--profile", "a", "--profile", "b");
            assertEquals(ExitCode.USAGE.code(), result.exitCode(), result::toString);
            assertEquals("awsmfa: awsmfa " + command + " takes one profile: give --profile once (awsmfa --profile a "
                    + "--profile b refreshes several).\nRun 'awsmfa " + command + " --help' for usage.\n", result.err());
        }
    }

    @Test
    void an_empty_profile_among_several_is_refused() {
        CliRun.Result result = awsmfa("--profile", "a", "--profile", "");
        assertEquals(ExitCode.USAGE.code(), result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("awsmfa: Option '--profile' was given an empty value"), result::toString);
    }
}
