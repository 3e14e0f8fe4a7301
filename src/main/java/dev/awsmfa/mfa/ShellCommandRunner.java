package dev.awsmfa.mfa;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.Platform;
import dev.awsmfa.UserLocale;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs command lines with {@code sh -c} (POSIX) or {@code cmd /c} (Windows). Its stdin is the null device:
 * ours may belong to our caller (a {@code credential_process} host, a pipe carrying the code), and a tool
 * that needs the person asks on the terminal device. Its stderr is ours, so "touch your key" reaches the
 * person; its stdout is the code, captured and never shown in a message. On timeout the command and all it
 * started are killed.
 */
public final class ShellCommandRunner implements CommandRunner {
    @Override
    public String run(String commandLine, String source, Duration timeout) {
        Process process = start(commandLine, source);
        FutureTask<String> stdout = ProcessOutput.readInBackground(process.getInputStream(), "awsmfa-command-stdout");
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                ProcessOutput.killWithDescendants(process);
                throw timedOut(commandLine, source, timeout);
            }
            if (process.exitValue() != 0) {
                throw new AwsMfaException(ExitCode.NO_MFA_CODE, source + " `" + commandLine
                        + "` exited with status " + process.exitValue() + ": run it yourself to see why.");
            }
            // A background child may still hold stdout open; give it what is left of the time.
            return stdout.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw timedOut(commandLine, source, timeout);
        } catch (InterruptedException e) {
            ProcessOutput.killWithDescendants(process);
            Thread.currentThread().interrupt();
            throw new AwsMfaException(ExitCode.NO_MFA_CODE, source + " `" + commandLine + "` was interrupted.", e);
        } catch (ExecutionException e) {
            throw new AwsMfaException(ExitCode.NO_MFA_CODE, "Cannot read the output of " + source + " `"
                    + commandLine + "`: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static Process start(String commandLine, String source) {
        List<String> shell = Platform.WINDOWS ? List.of("cmd", "/c", commandLine) : List.of("sh", "-c", commandLine);
        try {
            ProcessBuilder builder = new ProcessBuilder(shell)
                    .redirectInput(ProcessBuilder.Redirect.from(Platform.nullDevice()))
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            UserLocale.restore(builder.environment());
            return builder.start();
        } catch (IOException e) {
            throw new AwsMfaException(ExitCode.NO_MFA_CODE, source + " `" + commandLine
                    + "` could not be started: " + e.getMessage(), e);
        }
    }

    private static AwsMfaException timedOut(String commandLine, String source, Duration timeout) {
        return new AwsMfaException(ExitCode.NO_MFA_CODE, source + " `" + commandLine + "` did not finish within "
                + timeout.toSeconds() + (timeout.toSeconds() == 1 ? " second" : " seconds")
                + " and was stopped: run it yourself to see why.");
    }
}
