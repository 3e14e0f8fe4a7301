package dev.awsmfa.mfa;

import dev.awsmfa.Platform;
import dev.awsmfa.UserLocale;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs programs as processes. Stdin is the null device: ours may belong to our caller (a
 * {@code credential_process} host, a pipe carrying the code), and a tool that needs the person asks on the
 * terminal device. Stderr is ours, so "touch your key" or a pinentry note reaches the person; stdout is
 * captured, never shown (stderr too, for a program that asks for it). On timeout the program and all it
 * started are killed.
 */
public final class SystemProgramRunner implements ProgramRunner, InputProgramRunner {
    @Override
    public Finished run(List<String> argv, Duration timeout, int maxOutputBytes) {
        return execute(argv, null, timeout, maxOutputBytes, false).finished();
    }

    /** How a program ended and what it printed on stderr, up to {@code maxOutputBytes} of each stream. */
    public record WithStderr(Finished finished, byte[] stderr) {
    }

    /**
     * As {@link #run}, but with stderr captured rather than shown: for a program whose stderr is chatter the person
     * need not see, and whose first line says why it failed (a dialog's GTK warnings).
     */
    public WithStderr runCapturingStderr(List<String> argv, Duration timeout, int maxOutputBytes) {
        return execute(argv, null, timeout, maxOutputBytes, true);
    }

    /**
     * As {@link #runCapturingStderr}, with {@code input} on the program's stdin (then closed): how a secret reaches
     * a key store's program without appearing in its argv, which other users can read.
     */
    @Override
    public WithStderr runWithInput(List<String> argv, byte[] input, Duration timeout, int maxOutputBytes) {
        return execute(argv, input, timeout, maxOutputBytes, true);
    }

    private WithStderr execute(List<String> argv, byte[] input, Duration timeout, int maxOutputBytes,
            boolean captureStderr) {
        Process process = start(argv, input != null, captureStderr);
        if (input != null) {
            writeInBackground(process.getOutputStream(), input);
        }
        // Read while the program runs, so a chatty one never blocks on a full pipe.
        FutureTask<Captured> stdout = readInBackground(process.getInputStream(), maxOutputBytes, "awsmfa-program-stdout");
        FutureTask<Captured> stderr = captureStderr
                ? readInBackground(process.getErrorStream(), maxOutputBytes, "awsmfa-program-stderr") : null;
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                killWithDescendants(process);
                throw new Failure(Failure.Kind.TIMED_OUT, "timed out", null);
            }
            // A background child may still hold stdout open; give it what is left of the time.
            Captured out = stdout.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            byte[] err = stderr == null ? new byte[0]
                    : stderr.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS).bytes();
            return new WithStderr(new Finished(process.exitValue(), out.bytes(), out.overflowed()), err);
        } catch (TimeoutException e) {
            killWithDescendants(process);
            throw new Failure(Failure.Kind.TIMED_OUT, "timed out", e);
        } catch (InterruptedException e) {
            killWithDescendants(process);
            Thread.currentThread().interrupt();
            throw new Failure(Failure.Kind.INTERRUPTED, "interrupted", e);
        } catch (ExecutionException e) {
            throw new Failure(Failure.Kind.UNREADABLE, e.getCause().getMessage(), e.getCause());
        }
    }

    private static FutureTask<Captured> readInBackground(InputStream stream, int maxOutputBytes, String threadName) {
        FutureTask<Captured> captured = new FutureTask<>(() -> readBounded(stream, maxOutputBytes));
        Thread reader = new Thread(captured, threadName);
        reader.setDaemon(true);
        reader.start();
        return captured;
    }

    private record Captured(byte[] bytes, boolean overflowed) {
    }

    /** Feeds stdin from its own thread: a program that writes before it reads must not deadlock us. */
    private static void writeInBackground(OutputStream stdin, byte[] input) {
        Thread writer = new Thread(new Runnable() {
            @Override
            public void run() {
                try (stdin) {
                    stdin.write(input);
                } catch (IOException e) {
                    // The program closed its stdin early; its exit status says how it ended.
                }
            }
        }, "awsmfa-program-stdin");
        writer.setDaemon(true);
        writer.start();
    }

    private static Process start(List<String> argv, boolean pipeInput, boolean captureStderr) {
        try {
            ProcessBuilder builder = new ProcessBuilder(argv)
                    .redirectInput(pipeInput ? ProcessBuilder.Redirect.PIPE
                            : ProcessBuilder.Redirect.from(Platform.nullDevice()))
                    .redirectError(captureStderr ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.INHERIT);
            UserLocale.restore(builder.environment());
            return builder.start();
        } catch (IOException e) {
            throw new Failure(Failure.Kind.NOT_STARTED, e.getMessage(), e);
        }
    }

    private static Captured readBounded(InputStream stdout, int maxOutputBytes) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        boolean overflowed = false;
        byte[] buffer = new byte[8192];
        try (stdout) {
            for (int n = stdout.read(buffer); n >= 0; n = stdout.read(buffer)) {
                int room = Math.max(0, maxOutputBytes - kept.size());
                overflowed |= n > room;
                kept.write(buffer, 0, Math.min(n, room));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Captured(kept.toByteArray(), overflowed);
    }

    private static void killWithDescendants(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
