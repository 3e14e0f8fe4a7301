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
 * Runs a dialog program as a process of its own, from its argv (no shell). Its stdin is the null device (ours may
 * be the caller's, as with {@code credential_process}); stdout (the answer) and stderr (GTK's chatter, or why it
 * failed) are both captured, so nothing of it reaches our stdout. On timeout it is killed with all it started.
 */
public final class ProcessDialogRunner implements DialogRunner {
    @Override
    public Finished run(List<String> argv, Duration timeout) {
        String name = argv.get(0);
        Process process = start(argv, name);
        FutureTask<String> stdout = ProcessOutput.readInBackground(process.getInputStream(), "awsmfa-dialog-stdout");
        FutureTask<String> stderr = ProcessOutput.readInBackground(process.getErrorStream(), "awsmfa-dialog-stderr");
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                ProcessOutput.killWithDescendants(process);
                throw timedOut(name, timeout);
            }
            String out = stdout.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            String err = stderr.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return new Finished(process.exitValue(), out, err);
        } catch (TimeoutException e) {
            ProcessOutput.killWithDescendants(process);
            throw timedOut(name, timeout);
        } catch (InterruptedException e) {
            ProcessOutput.killWithDescendants(process);
            Thread.currentThread().interrupt();
            throw new AwsMfaException(ExitCode.NO_MFA_CODE, "The MFA prompt (" + name + ") was interrupted.", e);
        } catch (ExecutionException e) {
            throw new AwsMfaException(ExitCode.NO_MFA_CODE, "Cannot read the answer of the MFA prompt (" + name + "): "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    private static Process start(List<String> argv, String name) {
        try {
            ProcessBuilder builder = new ProcessBuilder(argv)
                    .redirectInput(ProcessBuilder.Redirect.from(Platform.nullDevice()));
            UserLocale.restore(builder.environment());
            return builder.start();
        } catch (IOException e) {
            throw new AwsMfaException(ExitCode.NO_MFA_CODE, "The MFA prompt " + name + " could not be started: "
                    + e.getMessage(), e);
        }
    }

    private static AwsMfaException timedOut(String name, Duration timeout) {
        return new AwsMfaException(ExitCode.NO_MFA_CODE, "The MFA prompt (" + name + ") got no answer within "
                + timeout.toSeconds() + " seconds and was closed.");
    }
}
