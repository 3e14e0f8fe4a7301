package dev.awsmfa.mfa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Programs run as argv, without a shell: what credential_process needs, under the shell runner's rules. */
@DisabledOnOs(OS.WINDOWS)
class SystemProgramRunnerTest {
    private static final Duration GENEROUS = Duration.ofSeconds(30);
    private final SystemProgramRunner runner = new SystemProgramRunner();

    @Test
    void runs_the_words_as_they_are_without_a_shell_to_expand_them() {
        ProgramRunner.Finished finished = runner.run(List.of("printf", "%s|", "$HOME", "a b", "*"), GENEROUS, 1024);
        assertEquals(0, finished.status());
        assertEquals("$HOME|a b|*|", new String(finished.stdout(), StandardCharsets.UTF_8));
        assertFalse(finished.overflowed());
    }

    @Test
    void reports_the_exit_status_and_keeps_stderr_out_of_stdout() {
        ProgramRunner.Finished finished = runner.run(List.of("sh", "-c", "echo note >&2; echo out; exit 3"),
                GENEROUS, 1024);
        assertEquals(3, finished.status());
        assertArrayEquals("out\n".getBytes(StandardCharsets.UTF_8), finished.stdout());
    }

    @Test
    void keeps_at_most_the_bound_and_says_there_was_more() {
        ProgramRunner.Finished finished = runner.run(List.of("head", "-c", "100000", "/dev/zero"), GENEROUS, 64 * 1024);
        assertEquals(64 * 1024, finished.stdout().length);
        assertTrue(finished.overflowed());
    }

    @Test
    void a_program_that_overruns_is_stopped_with_what_it_started() {
        ProgramRunner.Failure e = assertTimeoutPreemptively(GENEROUS, () -> assertThrows(ProgramRunner.Failure.class,
                () -> runner.run(List.of("sh", "-c", "sleep 60 & sleep 60"), Duration.ofMillis(300), 1024)));
        assertEquals(ProgramRunner.Failure.Kind.TIMED_OUT, e.kind());
    }

    @Test
    void a_missing_program_cannot_start() {
        ProgramRunner.Failure e = assertThrows(ProgramRunner.Failure.class,
                () -> runner.run(List.of("/nonexistent/awsmfa-test-program"), GENEROUS, 1024));
        assertEquals(ProgramRunner.Failure.Kind.NOT_STARTED, e.kind());
        assertTrue(e.getMessage().contains("/nonexistent/awsmfa-test-program"), e.getMessage());
    }
}
