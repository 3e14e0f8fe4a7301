package dev.awsmfa.mfa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a short helper ({@code test -t 0}, {@code stty}) that prints at most a line, and reports
 * how it ended. Any failure to start or finish is "no answer", so callers fall back to a safe guess.
 */
final class QuickProcess {
    private static final long TIMEOUT_SECONDS = 5;

    record Finished(int status, String stdout) {
    }

    private QuickProcess() {
    }

    static Optional<Finished> run(List<String> command, ProcessBuilder.Redirect stdin) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectInput(stdin)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            // Output is a few bytes, far below a pipe's buffer, so waiting before reading cannot deadlock.
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return Optional.of(new Finished(process.exitValue(), stdout));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
