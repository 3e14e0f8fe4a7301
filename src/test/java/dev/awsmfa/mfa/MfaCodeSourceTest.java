package dev.awsmfa.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.FakeTerminal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MfaCodeSourceTest {
    private static final String DEVICE = "arn:aws:iam::123456789012:mfa/alice";
    private static final String TOKEN_COMMAND = "ykman oath accounts code -s aws";
    private static final String MFA_PROCESS = "op item get aws --otp";
    private static final String WHY = "No session in [dev] yet.";

    private final FakeCommandRunner runner = new FakeCommandRunner()
            .printing(TOKEN_COMMAND, "222222\n")
            .printing(MFA_PROCESS, "333333\n");

    private static CodeRequest request(String token, String tokenCommand, String mfaProcess, boolean stdinAllowed) {
        return new CodeRequest(Optional.ofNullable(token), Optional.ofNullable(tokenCommand),
                Optional.ofNullable(mfaProcess), stdinAllowed, DEVICE, "dev", WHY, PromptSetting.DEFAULT);
    }

    private String obtain(FakeTerminal terminal, CodeRequest request) {
        return new MfaCodeSource(terminal, runner).obtain(request).digits();
    }

    private AwsMfaException failure(FakeTerminal terminal, CodeRequest request) {
        return assertThrows(AwsMfaException.class, () -> new MfaCodeSource(terminal, runner).obtain(request));
    }

    @Nested
    class Precedence {
        private final FakeTerminal everything = FakeTerminal.typing("555555").withPipedStdin("444444");

        @Test
        void the_token_flag_wins_over_every_other_source() {
            assertEquals("111111", obtain(everything, request("111111", TOKEN_COMMAND, MFA_PROCESS, true)));
            assertTrue(runner.calls.isEmpty());
            assertEquals(0, everything.stdinReads(), everything::toString);
            assertTrue(everything.prompts.isEmpty());
        }

        @Test
        void the_token_command_wins_over_mfa_process_stdin_and_prompt() {
            assertEquals("222222", obtain(everything, request(null, TOKEN_COMMAND, MFA_PROCESS, true)));
            assertEquals(List.of(new FakeCommandRunner.Call(TOKEN_COMMAND, "--token-command",
                    MfaCodeSource.COMMAND_TIMEOUT)), runner.calls);
            assertEquals(0, everything.stdinReads(), everything::toString);
            assertTrue(everything.prompts.isEmpty());
        }

        @Test
        void mfa_process_wins_over_stdin_and_prompt() {
            assertEquals("333333", obtain(everything, request(null, null, MFA_PROCESS, true)));
            assertEquals("mfa_process", runner.calls.get(0).source());
            assertEquals(0, everything.stdinReads(), everything::toString);
            assertTrue(everything.prompts.isEmpty());
        }

        @Test
        void the_prompt_wins_over_piped_stdin() {
            assertEquals("555555", obtain(everything, request(null, null, null, true)));
            assertEquals(0, everything.stdinReads(), everything::toString);
        }

        @Test
        void the_prompt_says_why_in_one_line_before_naming_the_device_and_profile() {
            FakeTerminal terminal = FakeTerminal.typing("555555");
            assertEquals("555555", obtain(terminal, request(null, null, null, true)));
            assertEquals(List.of("awsmfa: " + WHY + "\nEnter MFA code for " + DEVICE + " (profile dev): "),
                    terminal.prompts);
            assertEquals(0, terminal.stdinReads(), terminal::toString);
        }
    }

    /** Stdin is read only where it can be meant for the code: asked for with --token -, or with no terminal at hand. */
    @Nested
    class Stdin {
        @Test
        void is_left_unread_when_a_terminal_is_at_hand_as_it_may_carry_a_script() {
            FakeTerminal terminal = FakeTerminal.typing("555555").withPipedStdin("echo FIRST");
            assertEquals("555555", obtain(terminal, request(null, null, null, true)));
            assertEquals(0, terminal.stdinReads(), terminal::toString);
        }

        @Test
        void gives_the_code_when_there_is_no_terminal_as_with_aws_mfa() {
            FakeTerminal terminal = FakeTerminal.none().withPipedStdin("444444", "echo SECOND");
            assertEquals("444444", obtain(terminal, request(null, null, null, true)));
            assertEquals(1, terminal.stdinReads(), terminal::toString);
        }

        @Test
        void is_not_read_when_it_belongs_to_someone_else() {
            FakeTerminal terminal = FakeTerminal.none().withPipedStdin("444444");
            AwsMfaException e = failure(terminal, request(null, null, null, false));
            assertEquals(ExitCode.NO_MFA_CODE, e.exitCode());
            assertEquals(0, terminal.stdinReads(), terminal::toString);
        }

        @Test
        void that_is_not_piped_is_not_read_without_a_terminal() {
            FakeTerminal terminal = FakeTerminal.none();
            assertEquals(ExitCode.NO_MFA_CODE, failure(terminal, request(null, null, null, true)).exitCode());
            assertEquals(0, terminal.stdinReads(), terminal::toString);
        }

        @Test
        void that_ends_at_once_without_a_terminal_is_the_no_code_error() {
            AwsMfaException e = failure(FakeTerminal.none().withPipedStdin(), request(null, null, null, true));
            assertEquals(ExitCode.NO_MFA_CODE, e.exitCode());
            assertTrue(e.getMessage().startsWith("No MFA code for profile dev"), e.getMessage());
        }

        @Test
        void with_an_empty_line_is_refused_as_an_empty_code() {
            AwsMfaException e = failure(FakeTerminal.none().withPipedStdin(""), request(null, null, null, true));
            assertEquals(ExitCode.NO_MFA_CODE, e.exitCode());
            assertTrue(e.getMessage().contains("standard input"), e.getMessage());
        }

        @Test
        void token_dash_reads_it_even_with_a_terminal_at_hand() {
            FakeTerminal terminal = FakeTerminal.typing("555555").withPipedStdin("444444");
            assertEquals("444444", obtain(terminal, request("-", null, null, true)));
            assertTrue(terminal.prompts.isEmpty(), terminal::toString);
        }

        @Test
        void token_dash_is_an_explicit_request_so_it_reads_stdin_that_is_otherwise_the_callers() {
            FakeTerminal terminal = FakeTerminal.typing("555555").withPipedStdin("444444");
            assertEquals("444444", obtain(terminal, request("-", null, null, false)));
        }

        @Test
        void token_dash_with_a_stdin_that_ends_at_once_says_so() {
            AwsMfaException e = failure(FakeTerminal.typing("555555").withPipedStdin(), request("-", null, null, true));
            assertEquals(ExitCode.NO_MFA_CODE, e.exitCode());
            assertTrue(e.getMessage().startsWith("No MFA code on standard input (--token -)"), e.getMessage());
        }
    }

    @Nested
    class Commands {
        @Test
        void take_the_first_non_blank_line_of_output() {
            runner.printing("totp", "\n  \n 123456 \nsomething else\n");
            assertEquals("123456", obtain(FakeTerminal.none(), request(null, "totp", null, true)));
        }

        @Test
        void that_print_nothing_are_refused_naming_the_command_source() {
            runner.printing("silent", "");
            AwsMfaException e = failure(FakeTerminal.none(), request(null, null, "silent", true));
            assertEquals(ExitCode.NO_MFA_CODE, e.exitCode());
            assertTrue(e.getMessage().contains("mfa_process"), e.getMessage());
        }

        @Test
        void failures_of_the_runner_reach_the_caller_unchanged() {
            AwsMfaException thrown = new AwsMfaException(ExitCode.NO_MFA_CODE, "mfa_process `x` exited with status 1");
            CommandRunner failing = (commandLine, source, timeout) -> {
                throw thrown;
            };
            MfaCodeSource source = new MfaCodeSource(FakeTerminal.none(), failing);
            assertEquals(thrown, assertThrows(AwsMfaException.class,
                    () -> source.obtain(request(null, null, "x", true))));
        }
    }

    @Nested
    class CodeChecks {
        /** Puts {@code code} where the named source finds it, with no other source present. */
        private AwsMfaException failureWithCodeFrom(String source, String code) {
            runner.printing("cmd", code + "\n");
            return switch (source) {
                case "--token" -> failure(FakeTerminal.none(), request(code, null, null, true));
                case "--token-command" -> failure(FakeTerminal.none(), request(null, "cmd", null, true));
                case "mfa_process" -> failure(FakeTerminal.none(), request(null, null, "cmd", true));
                case "standard input" -> failure(FakeTerminal.none().withPipedStdin(code), request(null, null, null, true));
                case "the terminal" -> failure(FakeTerminal.typing(code), request(null, null, null, true));
                default -> throw new IllegalArgumentException(source);
            };
        }

        @ParameterizedTest(name = "from {0}")
        @ValueSource(strings = {"--token", "--token-command", "mfa_process", "standard input", "the terminal"})
        void a_bad_code_names_its_source_but_not_the_code(String source) {
            AwsMfaException e = failureWithCodeFrom(source, "98765x");
            assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
            assertTrue(e.getMessage().contains("from " + source + " "), e.getMessage());
            assertFalse(e.getMessage().contains("98765"), e.getMessage());
        }

        @ParameterizedTest(name = "from {0}")
        @ValueSource(strings = {"--token", "--token-command", "mfa_process", "standard input", "the terminal"})
        void seven_digits_are_refused(String source) {
            AwsMfaException e = failureWithCodeFrom(source, "1234567");
            assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
            assertTrue(e.getMessage().contains("7 digits"), e.getMessage());
            assertFalse(e.getMessage().contains("1234567"), e.getMessage());
        }

        @ParameterizedTest(name = "from {0}")
        @ValueSource(strings = {"--token", "--token-command", "mfa_process", "standard input", "the terminal"})
        void full_width_digits_and_an_ideographic_space_are_read_as_the_ascii_code(String source) {
            String typed = "\uff11\uff12\uff13\u3000\uff14\uff15\uff16";
            runner.printing("cmd", typed + "\n");
            CodeRequest fromCommand = request(null, "--token-command".equals(source) ? "cmd" : null,
                    "mfa_process".equals(source) ? "cmd" : null, true);
            String code = switch (source) {
                case "--token" -> obtain(FakeTerminal.none(), request(typed, null, null, true));
                case "standard input" -> obtain(FakeTerminal.none().withPipedStdin(typed), fromCommand);
                case "the terminal" -> obtain(FakeTerminal.typing(typed), fromCommand);
                default -> obtain(FakeTerminal.none(), fromCommand);
            };
            assertEquals("123456", code);
        }

        @ParameterizedTest(name = "from {0}")
        @ValueSource(strings = {"--token", "--token-command", "mfa_process", "standard input", "the terminal"})
        void a_refused_code_says_what_was_typed_in_counts(String source) {
            AwsMfaException e = failureWithCodeFrom(source, "\uff11\uff12\uff13\uff14x\uff16");
            assertTrue(e.getMessage().contains("(got 6 characters, 1 not a digit)"), e.getMessage());
        }

        @Test
        void spaces_inside_a_typed_code_are_tolerated() {
            assertEquals("123456", obtain(FakeTerminal.typing(" 123 456 "), request(null, null, null, true)));
        }

        @Test
        void spaces_inside_a_piped_code_are_tolerated() {
            assertEquals("123456", obtain(FakeTerminal.none().withPipedStdin("123 456"), request(null, null, null, true)));
        }

        @Test
        void an_empty_answer_at_the_terminal_is_refused() {
            AwsMfaException e = failure(FakeTerminal.typing(""), request(null, null, null, true));
            assertEquals(ExitCode.NO_MFA_CODE, e.exitCode());
            assertTrue(e.getMessage().contains("the terminal"), e.getMessage());
        }
    }

    @Nested
    class WithoutAnySource {
        @Test
        void says_how_to_pass_a_code() {
            AwsMfaException e = failure(FakeTerminal.none(), request(null, null, null, true));
            assertEquals(ExitCode.NO_MFA_CODE, e.exitCode());
            assertEquals("No MFA code for profile dev: there is no terminal to ask on, and no display for a dialog "
                    + "(DISPLAY and WAYLAND_DISPLAY are unset). Pass --token CODE, pipe it on stdin, or set "
                    + "--token-command / mfa_process.", e.getMessage());
        }

        @Test
        void does_not_suggest_stdin_where_stdin_is_not_allowed() {
            AwsMfaException e = failure(FakeTerminal.none(), request(null, null, null, false));
            assertEquals("No MFA code for profile dev: there is no terminal to ask on, and no display for a dialog "
                    + "(DISPLAY and WAYLAND_DISPLAY are unset). Pass --token CODE, or set --token-command / "
                    + "mfa_process.", e.getMessage());
        }
    }
}
