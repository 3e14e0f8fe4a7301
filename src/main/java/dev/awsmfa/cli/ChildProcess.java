package dev.awsmfa.cli;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.UserLocale;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs {@code awsmfa exec}'s command with our stdin, stdout and stderr, and waits. Java cannot catch signals
 * portably: Ctrl-C reaches the child directly (same process group); SIGINT, SIGTERM or SIGHUP sent to awsmfa
 * run its shutdown hooks, and ours sends SIGTERM to the child and waits briefly. SIGKILL leaves the child
 * running; other signals (SIGUSR1, SIGWINCH...) are not forwarded.
 */
final class ChildProcess {
    private ChildProcess() {
    }

    static int run(List<String> command, Map<String, String> set, Set<String> remove) {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        UserLocale.restore(builder.environment());
        builder.environment().keySet().removeAll(remove);
        builder.environment().putAll(set);
        // The hook is in place before the child exists, and waits while it is being started, so a
        // signal that arrives the moment the child starts still reaches it.
        AtomicReference<Process> started = new AtomicReference<>();
        Thread forwarder = new Thread(() -> {
            synchronized (started) {
                if (started.get() != null) {
                    stop(started.get());
                }
            }
        }, "awsmfa-exec-signal");
        Runtime.getRuntime().addShutdownHook(forwarder);
        try {
            synchronized (started) {
                started.set(builder.start());
            }
            return started.get().waitFor();
        } catch (IOException e) {
            throw new AwsMfaException(ExitCode.USAGE, "Cannot run '" + command.get(0) + "': "
                    + "no such executable on PATH, or not executable.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(started.get());
            return ExitCode.UNEXPECTED.code();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(forwarder);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already exiting: the hook runs, and that is what we want.
            }
        }
    }

    private static void stop(Process child) {
        child.destroy();
        try {
            child.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
