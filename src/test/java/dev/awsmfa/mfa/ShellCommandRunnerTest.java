package dev.awsmfa.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
class ShellCommandRunnerTest {
    private static final Duration GENEROUS = Duration.ofSeconds(30);
    private final ShellCommandRunner runner = new ShellCommandRunner();

    private AwsMfaException failure(String commandLine, Duration timeout) {
        return assertThrows(AwsMfaException.class, () -> runner.run(commandLine, "mfa_process", timeout));
    }

    @Nested
    class WhenTheCommandSucceeds {
        @Test
        void returns_its_stdout() {
            assertEquals("123456\n", runner.run("printf '123456\\n'", "mfa_process", GENEROUS));
        }

        @Test
        void runs_through_the_shell() {
            assertEquals("123456\n", runner.run("echo 123 | sed 's/$/456/'", "mfa_process", GENEROUS));
        }

        @Test
        void leaves_its_stderr_out_of_the_result() {
            assertEquals("123456\n", runner.run("echo 'touch your key' >&2; echo 123456", "mfa_process", GENEROUS));
        }

        @Test
        void gives_it_an_empty_stdin_rather_than_ours() {
            assertEquals("", runner.run("cat", "mfa_process", GENEROUS));
        }
    }

    @Nested
    class WhenTheCommandFails {
        @Test
        void names_the_source_command_and_status() {
            AwsMfaException e = failure("exit 3", GENEROUS);
            assertEquals(ExitCode.NO_MFA_CODE, e.exitCode());
            assertEquals("mfa_process `exit 3` exited with status 3: run it yourself to see why.", e.getMessage());
        }

        @Test
        void keeps_its_output_out_of_the_message() {
            AwsMfaException e = failure("printf '65%s\\n' 4321; exit 1", GENEROUS);
            assertFalse(e.getMessage().contains("654321"), e.getMessage());
        }

        @Test
        void reports_a_missing_program_by_its_status() {
            AwsMfaException e = failure("no-such-program-awsmfa-test", GENEROUS);
            assertTrue(e.getMessage().contains("exited with status 127"), e.getMessage());
        }
    }

    @Nested
    class WhenTheCommandTakesTooLong {
        @Test
        void stops_it_and_what_it_started(@TempDir Path dir) throws IOException {
            Path pidFile = dir.resolve("sleep.pid");
            String commandLine = "sleep 30 & echo $! > '" + pidFile + "'; wait";

            AwsMfaException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> failure(commandLine, Duration.ofSeconds(1)));

            assertEquals(ExitCode.NO_MFA_CODE, e.exitCode());
            assertTrue(e.getMessage().contains("did not finish within 1 second"), e.getMessage());
            long sleepPid = Long.parseLong(Files.readString(pidFile).strip());
            assertTrue(ProcessStates.endsWithin(sleepPid, Duration.ofSeconds(10)), "sleep " + sleepPid + " still runs");
        }
    }
}
