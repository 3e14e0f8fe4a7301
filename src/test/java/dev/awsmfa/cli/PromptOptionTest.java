package dev.awsmfa.cli;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.mfa.Desktop;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.FakeDialogRunner;
import dev.awsmfa.testing.FakeTerminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --prompt}, {@code AWSMFA_PROMPT} and {@code mfa_prompt} on the command line: which wins, what a bad value
 * gets, and what each choice asks on a Linux desktop with a display and both zenity and kdialog installed.
 */
class PromptOptionTest extends CommandTestBase {
    private final FakeDialogRunner dialogs = new FakeDialogRunner().answering("654321");

    @BeforeEach
    void noTerminalButADesktop() {
        aws.credentials(longTermSection("dev"));
        terminal = FakeTerminal.none();
    }

    private CliRun.Result run(String... args) {
        return CliRun.run(aws.env(), CLOCK, terminal, CliRun.NO_COMMANDS, sts,
                dialogs.on(Desktop.Kind.OTHER, true, "zenity", "kdialog"), args);
    }

    /** The program of the only dialog shown, by name. */
    private String dialogShown() {
        assertEquals(1, dialogs.shown.size(), dialogs.shown::toString);
        return dialogs.shown.get(0).get(0).substring(FakeDialogRunner.BIN.length());
    }

    @Nested
    class WithoutATerminal {
        @Test
        void auto_asks_in_the_desktops_dialog_and_sends_its_code() {
            CliRun.Result result = run("--profile", "dev");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals("zenity", dialogShown());
            assertEquals("654321", sts.onlyCall().code());
            assertTrue(dialogs.zenityText().contains(AwsHome.DEVICE + " (profile dev)"), dialogs.zenityText());
        }

        @Test
        void credential_process_prints_only_the_json_the_dialog_text_goes_to_the_program() {
            CliRun.Result result = run("credential-process", "--profile", "dev");
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(result.out().startsWith("{") && !result.out().contains("MFA code"), result::toString);
            assertEquals("No session in [dev] yet.\nEnter the MFA code for " + AwsHome.DEVICE + " (profile dev).",
                    dialogs.zenityText());
        }

        @Test
        void cancel_is_exit_6_in_one_line_and_nothing_is_written() {
            dialogs.ending(1, "");
            String before = aws.credentials();
            CliRun.Result result = run("credential-process", "--profile", "dev");
            assertEquals(ExitCode.NO_MFA_CODE.code(), result.exitCode(), result::toString);
            assertEquals("awsmfa: MFA prompt cancelled: no code for profile dev.\n", result.err());
            assertEquals("", result.out());
            assertEquals(before, aws.credentials());
            assertTrue(sts.calls.isEmpty(), sts.calls::toString);
        }

        @Test
        void cancel_keeps_a_session_that_is_still_valid() {
            aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 12:03:00"));
            dialogs.ending(1, "");
            CliRun.Result result = run("--profile", "dev");
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(result.err().contains("not renewed: the MFA prompt was cancelled."), result::toString);
        }
    }

    @Nested
    class Precedence {
        @Test
        void the_flag_beats_the_environment_and_the_config() {
            aws.env("AWSMFA_PROMPT", "none").config("[profile dev]\nmfa_prompt = none\n");
            assertEquals(0, run("--profile", "dev", "--prompt", "KDialog").exitCode());
            assertEquals("kdialog", dialogShown());
        }

        @Test
        void the_environment_beats_the_config() {
            aws.env("AWSMFA_PROMPT", "kdialog").config("[profile dev]\nmfa_prompt = none\n");
            assertEquals(0, run("--profile", "dev").exitCode());
            assertEquals("kdialog", dialogShown());
        }

        @Test
        void the_long_term_profiles_config_beats_the_profiles_own() {
            aws.config("[profile dev-long-term]\nmfa_prompt = kdialog\n\n[profile dev]\nmfa_prompt = none\n");
            assertEquals(0, run("--profile", "dev").exitCode());
            assertEquals("kdialog", dialogShown());
        }

        @Test
        void none_from_the_config_asks_nowhere_and_says_where_it_was_set() {
            aws.config("[profile dev]\nmfa_prompt = none\n");
            CliRun.Result result = run("--profile", "dev");
            assertEquals(ExitCode.NO_MFA_CODE.code(), result.exitCode(), result::toString);
            assertTrue(result.err().startsWith("awsmfa: No MFA code for profile dev: --prompt none (from mfa_prompt in "
                    + "[profile dev] of " + aws.configFile() + ") asks nowhere."), result::toString);
            assertTrue(dialogs.shown.isEmpty(), dialogs.shown::toString);
        }

        @Test
        void terminal_keeps_to_the_terminal_as_before() {
            terminal = FakeTerminal.typing("555555");
            assertEquals(0, run("--profile", "dev", "--prompt", "terminal").exitCode());
            assertEquals("555555", sts.onlyCall().code());
            assertTrue(dialogs.shown.isEmpty(), dialogs.shown::toString);
        }
    }

    @Nested
    class BadValues {
        @ParameterizedTest
        @ValueSource(strings = {"", "gui"})
        void on_the_command_line_are_a_usage_error_listing_the_choices(String value) {
            CliRun.Result result = run("--profile", "dev", "--prompt", value);
            assertEquals(ExitCode.USAGE.code(), result.exitCode(), result::toString);
            assertTrue(result.err().contains("expected one of [AUTO, TERMINAL, OSASCRIPT, ZENITY, KDIALOG, POWERSHELL, "
                    + "NONE] (case-insensitive) but was '" + value + "'"), result::toString);
        }

        @Test
        void in_the_environment_name_it_and_the_choices() {
            aws.env("AWSMFA_PROMPT", "gui");
            CliRun.Result result = run("credential-process", "--profile", "dev");
            assertEquals(ExitCode.INVALID_INPUT.code(), result.exitCode(), result::toString);
            assertEquals("awsmfa: 'gui' (from AWSMFA_PROMPT) is not a prompt: use one of auto, terminal, osascript, "
                    + "zenity, kdialog, powershell, none.\n", result.err());
        }

        @Test
        void are_refused_by_the_commands_that_never_ask() {
            CliRun.Result result = run("status", "--profile", "dev", "--prompt", "zenity");
            assertEquals(ExitCode.USAGE.code(), result.exitCode(), result::toString);
        }
    }
}
