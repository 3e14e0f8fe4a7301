package dev.awsmfa.mfa;

import dev.awsmfa.LocaleCharset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.FutureTask;

/** What the helpers that run a program for a code share: reading its output while it runs, and stopping it. */
final class ProcessOutput {
    /** A code is a line; this only bounds memory if a program prints something huge by mistake. */
    private static final int MAX_KEPT_BYTES = 64 * 1024;

    private ProcessOutput() {
    }

    /** Reads {@code stream} to its end on a daemon thread, so a chatty program never blocks on a full pipe. */
    static FutureTask<String> readInBackground(InputStream stream, String threadName) {
        FutureTask<String> text = new FutureTask<>(() -> readBounded(stream));
        Thread reader = new Thread(text, threadName);
        reader.setDaemon(true);
        reader.start();
        return text;
    }

    /** Kills the program and all it started. */
    static void killWithDescendants(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String readBounded(InputStream stream) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (stream) {
            for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
                kept.write(buffer, 0, Math.min(n, Math.max(0, MAX_KEPT_BYTES - kept.size())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kept.toString(LocaleCharset.get());
    }
}
