package dev.awsmfa.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** A dialog program as a real process: its argv taken literally, both outputs captured, stopped on timeout. */
@DisabledOnOs(OS.WINDOWS)
class ProcessDialogRunnerTest {
    private static final Duration GENEROUS = Duration.ofSeconds(30);
    private final ProcessDialogRunner runner = new ProcessDialogRunner();

    @Test
    void passes_each_argument_literally_and_captures_stdout_stderr_and_status() {
        DialogRunner.Finished finished = runner.run(List.of("sh", "-c",
                "printf '%s\\n' \"$1\"; echo 'Gtk-Message: chatter' >&2; exit 3", "sh", "it's \"$(id)\" `x`"), GENEROUS);
        assertEquals(3, finished.status());
        assertEquals("it's \"$(id)\" `x`\n", finished.stdout());
        assertEquals("Gtk-Message: chatter\n", finished.stderr());
    }

    @Test
    void gives_it_an_empty_stdin_rather_than_ours() {
        assertEquals("", runner.run(List.of("cat"), GENEROUS).stdout());
    }

    @Test
    void a_program_that_cannot_start_is_exit_6_naming_it() {
        AwsMfaException e = assertThrows(AwsMfaException.class,
                () -> runner.run(List.of("/nonexistent/zenity", "--entry"), GENEROUS));
        assertEquals(ExitCode.NO_MFA_CODE, e.exitCode());
        assertTrue(e.getMessage().startsWith("The MFA prompt /nonexistent/zenity could not be started: "),
                e.getMessage());
    }

    @Test
    void a_dialog_left_open_is_closed_at_the_timeout() {
        AwsMfaException e = assertTimeoutPreemptively(GENEROUS, () -> assertThrows(AwsMfaException.class,
                () -> runner.run(List.of("sleep", "60"), Duration.ofMillis(300))));
        assertEquals(ExitCode.NO_MFA_CODE, e.exitCode());
        assertEquals("The MFA prompt (sleep) got no answer within 0 seconds and was closed.", e.getMessage());
    }
}
