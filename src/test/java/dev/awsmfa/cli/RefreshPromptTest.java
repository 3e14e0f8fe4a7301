package dev.awsmfa.cli;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.FakeSts;
import dev.awsmfa.testing.FakeTerminal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The refresh as a shell's rc file meets it: why the prompt asks, what happens when no code comes, when stdin
 * gives the code, and silence while the session is valid. The clock stands at 12:00 UTC; the window is 5 min.
 */
class RefreshPromptTest extends CommandTestBase {
    static final String ROLE = "arn:aws:iam::123456789012:role/admin";

    /** The line shown before "Enter MFA code", of the only prompt shown. */
    private String promptReason() {
        assertEquals(1, terminal.prompts.size(), terminal::toString);
        String prompt = terminal.prompts.get(0);
        assertTrue(prompt.startsWith("awsmfa: ") && prompt.contains("\nEnter MFA code for "), prompt);
        return prompt.substring("awsmfa: ".length(), prompt.indexOf('\n'));
    }

    @Nested
    class EveryPromptSaysWhy {
        @Test
        void no_session_yet() {
            aws.credentials(longTermSection("dev"));
            assertEquals(0, awsmfa("--profile", "dev").exitCode());
            assertEquals("No session in [dev] yet.", promptReason());
        }

        @Test
        void expired_and_since_when() {
            aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 11:00:00"));
            awsmfa("--profile", "dev");
            assertEquals("The session in [dev] expired 1 h 00 min ago.", promptReason());
        }

        @Test
        void expiring_how_soon_and_that_enter_keeps_it() {
            aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 12:03:00"));
            awsmfa("--profile", "dev");
            assertEquals("The session in [dev] expires in 3 min 00 s, inside the refresh window of 5 min 00 s. "
                    + "Press Enter without a code to keep it.", promptReason());
        }

        @Test
        void stored_for_another_role() {
            aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 13:00:00"));
            awsmfa("--profile", "dev", "--assume-role", ROLE);
            assertEquals("The session in [dev] is not for a role, and role " + ROLE + " was asked for.", promptReason());
        }

        @Test
        void force() {
            aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 13:00:00"));
            awsmfa("--profile", "dev", "--force");
            assertEquals("--force: renewing the session in [dev], still valid for 1 h 00 min.", promptReason());
        }

        @Test
        void and_debug_gives_the_reason_once() {
            aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 11:00:00"));
            CliRun.Result result = awsmfa("--profile", "dev", "--log-level", "DEBUG");
            assertEquals(List.of("awsmfa: debug: Renewing: The session in [dev] expired 1 h 00 min ago."),
                    result.err().lines().filter(line -> line.contains("expired")).toList(), result::toString);
        }
    }

    @Nested
    class WhenNoCodeComesInsideTheRefreshWindow {
        private String before;

        @BeforeEach
        void sessionWithThreeMinutesLeft() {
            aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 12:03:00"));
            before = aws.credentials();
        }

        private void assertKeptWithOneWarning(CliRun.Result result, String cause) {
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals(before, aws.credentials());
            assertTrue(sts.calls.isEmpty());
            assertEquals("awsmfa: warning: Session [dev] is still valid for 3 min 00 s; not renewed: " + cause + "\n",
                    result.err().replace("\r\n", "\n"));
        }

        @Test
        void enter_at_the_prompt_keeps_it_with_one_warning_and_exit_0() {
            terminal = FakeTerminal.typing("");
            assertKeptWithOneWarning(awsmfa("--profile", "dev"), "no MFA code from the terminal.");
        }

        @Test
        void no_terminal_keeps_it() {
            terminal = FakeTerminal.none();
            assertKeptWithOneWarning(awsmfa("--profile", "dev"), "no terminal to ask for an MFA code on.");
        }

        @Test
        void a_stdin_at_its_end_without_a_terminal_keeps_it() {
            terminal = FakeTerminal.none().withPipedStdin();
            assertEquals(0, awsmfa("--profile", "dev").exitCode());
            assertEquals(before, aws.credentials());
        }

        @Test
        void a_failing_mfa_process_keeps_it_and_says_what_failed() {
            aws.config("[profile dev]\nmfa_process = ykman oath accounts code -s AWS\n");
            CliRun.Result result = CliRun.run(aws.env(), CLOCK, terminal, (line, source, timeout) -> {
                throw new AwsMfaException(ExitCode.NO_MFA_CODE, "mfa_process `" + line + "` exited with status 1: "
                        + "run it yourself to see why.");
            }, sts, "--profile", "dev");
            assertKeptWithOneWarning(result, "mfa_process `ykman oath accounts code -s AWS` exited with status 1: "
                    + "run it yourself to see why.");
        }

        @Test
        void a_quiet_run_still_shows_the_warning() {
            terminal = FakeTerminal.none();
            CliRun.Result result = awsmfa("--profile", "dev", "--log-level", "WARNING");
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(result.err().startsWith("awsmfa: warning: Session [dev] is still valid for 3 min 00 s;"),
                    result::toString);
        }

        @Test
        void export_hands_on_the_kept_session() {
            terminal = FakeTerminal.none();
            CliRun.Result result = awsmfa("export", "--profile", "dev");
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(result.out().contains("ASIAOLDSESSIONEXAMPLE"), result::toString);
            assertTrue(result.err().contains("not renewed"), result::toString);
        }

        @Test
        void a_code_is_still_used_when_one_is_typed() {
            assertEquals(0, awsmfa("--profile", "dev").exitCode());
            assertTrue(aws.credentials().contains("aws_access_key_id = " + FakeSts.SESSION_KEY_ID));
        }

        @Test
        void a_mistyped_code_is_an_error_not_a_skip() {
            terminal = FakeTerminal.typing("12345");
            assertEquals(ExitCode.INVALID_INPUT.code(), awsmfa("--profile", "dev").exitCode());
            assertEquals(before, aws.credentials());
        }

        @Test
        void force_fails_instead_as_a_new_session_was_asked_for() {
            terminal = FakeTerminal.typing("");
            CliRun.Result result = awsmfa("--profile", "dev", "--force");
            assertEquals(ExitCode.NO_MFA_CODE.code(), result.exitCode(), result::toString);
            assertFalse(result.err().contains("still valid"), result::toString);
        }
    }

    @Nested
    class WhenNoCodeComesForASessionThatCannotBeUsed {
        @Test
        void an_expired_one_is_the_no_code_error() {
            aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 11:59:00"));
            terminal = FakeTerminal.typing("");
            assertEquals(ExitCode.NO_MFA_CODE.code(), awsmfa("--profile", "dev").exitCode());
        }

        @Test
        void one_for_another_role_is_the_no_code_error() {
            aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 12:03:00"));
            terminal = FakeTerminal.none();
            assertEquals(ExitCode.NO_MFA_CODE.code(), awsmfa("--profile", "dev", "--assume-role", ROLE).exitCode());
        }
    }

    @Nested
    class Stdin {
        @Test
        void a_piped_script_is_left_unread_when_the_terminal_can_be_asked() {
            aws.credentials(longTermSection("dev"));
            terminal = FakeTerminal.typing("123456").withPipedStdin("echo FIRST");
            assertEquals(0, awsmfa("--profile", "dev").exitCode());
            assertEquals(0, terminal.stdinReads(), terminal::toString);
            assertEquals("123456", sts.onlyCall().code());
        }

        @Test
        void token_dash_reads_the_code_from_it() {
            aws.credentials(longTermSection("dev"));
            terminal = FakeTerminal.typing("123456").withPipedStdin("654321");
            CliRun.Result result = awsmfa("--profile", "dev", "--token", "-");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals("654321", sts.onlyCall().code());
            assertTrue(terminal.prompts.isEmpty(), terminal::toString);
        }
    }

    @Nested
    class WhileTheSessionIsValid {
        @Test
        void the_rc_file_line_prints_nothing_at_all() {
            aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 13:00:00"));
            aws.env("AWS_PROFILE", "dev");
            CliRun.Result result = awsmfa("--log-level", "WARNING");
            assertEquals(new CliRun.Result(0, "", ""), result);
            assertTrue(terminal.prompts.isEmpty());
        }
    }
}
