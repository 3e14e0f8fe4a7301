package dev.awsmfa.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.mfa.Desktop.Kind;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.FakeDialogRunner;
import dev.awsmfa.testing.FakeTerminal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Where a code is asked for as the prompt setting says: the terminal, piped stdin, a dialog, nowhere. */
class MfaCodeSourcePromptTest {
    private static final String DEVICE = "arn:aws:iam::123456789012:mfa/alice";
    private static final String WHY = "The session in [dev] expired 1 h 00 min ago.";

    private final FakeDialogRunner dialogs = new FakeDialogRunner().answering("654321");

    private static CodeRequest request(PromptChoice choice, boolean stdinAllowed) {
        return new CodeRequest(Optional.empty(), Optional.empty(), Optional.empty(), stdinAllowed, DEVICE, "dev", WHY,
                new PromptSetting(choice, "--prompt"));
    }

    private MfaCodeSource linuxDesktop(FakeTerminal terminal, boolean display, String... installed) {
        return new MfaCodeSource(terminal, CliRun.NO_COMMANDS, dialogs.on(Kind.OTHER, display, installed));
    }

    @Nested
    class Auto {
        @Test
        void asks_on_the_terminal_when_there_is_one_and_opens_no_dialog() {
            FakeTerminal terminal = FakeTerminal.typing("555555");
            assertEquals("555555", linuxDesktop(terminal, true, "zenity").obtain(request(PromptChoice.AUTO, true))
                    .digits());
            assertTrue(dialogs.shown.isEmpty(), dialogs.shown::toString);
        }

        @Test
        void without_a_terminal_opens_the_dialog_naming_why_the_device_and_the_profile() {
            assertEquals("654321", linuxDesktop(FakeTerminal.none(), true, "zenity", "kdialog")
                    .obtain(request(PromptChoice.AUTO, false)).digits());
            assertEquals(List.of(List.of(FakeDialogRunner.BIN + "zenity", "--entry", "--hide-text",
                    "--title=awsmfa: MFA code", "--text=" + WHY + "\nEnter the MFA code for " + DEVICE
                            + " (profile dev).")), dialogs.shown);
            assertEquals(List.of(Dialogs.TIMEOUT), dialogs.timeouts);
        }

        @Test
        void reads_piped_stdin_before_opening_a_dialog_where_stdin_is_its_own() {
            FakeTerminal terminal = FakeTerminal.none().withPipedStdin("444444");
            assertEquals("444444", linuxDesktop(terminal, true, "zenity").obtain(request(PromptChoice.AUTO, true))
                    .digits());
            assertTrue(dialogs.shown.isEmpty(), dialogs.shown::toString);
        }

        @Test
        void opens_the_dialog_when_piped_stdin_ends_without_a_line() {
            FakeTerminal terminal = FakeTerminal.none().withPipedStdin();
            assertEquals("654321", linuxDesktop(terminal, true, "kdialog").obtain(request(PromptChoice.AUTO, true))
                    .digits());
            assertEquals(FakeDialogRunner.BIN + "kdialog", dialogs.shown.get(0).get(0));
        }

        @Test
        void without_a_display_opens_nothing_and_says_how_to_pass_a_code() {
            AwsMfaException e = assertThrows(AwsMfaException.class, () -> linuxDesktop(FakeTerminal.none(), false,
                    "zenity").obtain(request(PromptChoice.AUTO, false)));
            assertEquals(ExitCode.NO_MFA_CODE, e.exitCode());
            assertEquals("No MFA code for profile dev: there is no terminal to ask on, and no display for a dialog "
                    + "(DISPLAY and WAYLAND_DISPLAY are unset). Pass --token CODE, or set --token-command / "
                    + "mfa_process.", e.getMessage());
            assertTrue(dialogs.shown.isEmpty(), dialogs.shown::toString);
        }

        @Test
        void with_a_display_but_no_dialog_program_says_to_install_zenity() {
            AwsMfaException e = assertThrows(AwsMfaException.class,
                    () -> linuxDesktop(FakeTerminal.none(), true).obtain(request(PromptChoice.AUTO, false)));
            assertTrue(e.getMessage().contains("neither zenity nor kdialog is on PATH (install zenity)"),
                    e.getMessage());
        }
    }

    @Nested
    class Explicit {
        @Test
        void a_dialog_program_is_asked_instead_of_the_terminal_and_stdin() {
            FakeTerminal terminal = FakeTerminal.typing("555555").withPipedStdin("444444");
            assertEquals("654321", linuxDesktop(terminal, false, "zenity").obtain(request(PromptChoice.ZENITY, true))
                    .digits());
            assertTrue(terminal.prompts.isEmpty(), terminal::toString);
            assertEquals(0, terminal.stdinReads(), terminal::toString);
        }

        @Test
        void a_dialog_program_not_on_path_is_one_line_naming_it_and_the_setting() {
            AwsMfaException e = assertThrows(AwsMfaException.class, () -> new MfaCodeSource(FakeTerminal.none(),
                    CliRun.NO_COMMANDS, dialogs.on(Kind.OTHER, true, "zenity")).obtain(new CodeRequest(
                    Optional.empty(), Optional.empty(), Optional.empty(), false, DEVICE, "dev", WHY,
                    new PromptSetting(PromptChoice.KDIALOG, "AWSMFA_PROMPT"))));
            assertEquals(ExitCode.NO_MFA_CODE, e.exitCode());
            assertEquals("No MFA code for profile dev: --prompt kdialog (from AWSMFA_PROMPT) asks in a dialog, but "
                    + "kdialog is not on PATH. Install it, or choose another: --prompt auto|terminal|osascript|zenity|"
                    + "kdialog|powershell|none.", e.getMessage());
            assertTrue(dialogs.shown.isEmpty(), dialogs.shown::toString);
        }

        @Test
        void terminal_never_opens_a_dialog() {
            AwsMfaException e = assertThrows(AwsMfaException.class, () -> linuxDesktop(FakeTerminal.none(), true,
                    "zenity").obtain(request(PromptChoice.TERMINAL, false)));
            assertEquals("No MFA code for profile dev: there is no terminal to ask on. Pass --token CODE, or set "
                    + "--token-command / mfa_process.", e.getMessage());
            assertTrue(dialogs.shown.isEmpty(), dialogs.shown::toString);
        }

        @Test
        void none_asks_nowhere_but_still_reads_piped_stdin() {
            FakeTerminal terminal = FakeTerminal.typing("555555");
            AwsMfaException e = assertThrows(AwsMfaException.class,
                    () -> linuxDesktop(terminal, true, "zenity").obtain(request(PromptChoice.NONE, true)));
            assertEquals("No MFA code for profile dev: --prompt none asks nowhere. Pass --token CODE, pipe it on "
                    + "stdin, or set --token-command / mfa_process.", e.getMessage());
            assertTrue(terminal.prompts.isEmpty(), terminal::toString);
            assertTrue(dialogs.shown.isEmpty(), dialogs.shown::toString);
            FakeTerminal piped = FakeTerminal.none().withPipedStdin("444444");
            assertEquals("444444", linuxDesktop(piped, true, "zenity").obtain(request(PromptChoice.NONE, true))
                    .digits());
        }
    }

    @Nested
    class Answers {
        private AwsMfaException failure() {
            return assertThrows(AwsMfaException.class, () -> linuxDesktop(FakeTerminal.none(), true, "zenity")
                    .obtain(request(PromptChoice.AUTO, false)));
        }

        @Test
        void cancel_is_a_missing_code_in_one_line() {
            dialogs.ending(1, "");
            AwsMfaException e = failure();
            assertInstanceOf(NoMfaCodeException.class, e);
            assertEquals(ExitCode.NO_MFA_CODE, e.exitCode());
            assertEquals("MFA prompt cancelled: no code for profile dev.", e.getMessage());
            assertEquals("the MFA prompt was cancelled", ((NoMfaCodeException) e).briefly());
        }

        @Test
        void a_failing_program_is_reported_with_the_first_line_of_its_stderr() {
            dialogs.ending(1, "(zenity:42): Gtk-WARNING **: cannot open display: \nsecond line\n");
            AwsMfaException e = failure();
            assertEquals(ExitCode.NO_MFA_CODE, e.exitCode());
            assertEquals("The MFA prompt (zenity) ended with status 1 and no code: (zenity:42): Gtk-WARNING **: "
                    + "cannot open display:", e.getMessage());
        }

        @Test
        void the_answer_is_checked_like_any_code_and_never_shown() {
            dialogs.answering("98765x");
            AwsMfaException e = failure();
            assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
            assertTrue(e.getMessage().startsWith("The MFA code from the zenity prompt must be exactly 6 digits"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("98765"), e.getMessage());
        }

        @Test
        void an_empty_answer_is_no_code() {
            dialogs.answering("");
            assertInstanceOf(NoMfaCodeException.class, failure());
        }

        @Test
        void spaces_and_a_windows_line_ending_are_tolerated() {
            dialogs.answering("123 456\r");
            assertEquals("123456", linuxDesktop(FakeTerminal.none(), true, "zenity")
                    .obtain(request(PromptChoice.AUTO, false)).digits());
        }
    }
}
