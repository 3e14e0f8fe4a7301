package dev.awsmfa.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Everything a process writes, collected as it comes, so a test can wait for a prompt instead of sleeping. */
public final class Transcript {
    private final StringBuffer text = new StringBuffer();

    private Transcript() {
    }

    /** Starts collecting {@code output} on a daemon thread until it ends. */
    public static Transcript follow(InputStream output) {
        Transcript transcript = new Transcript();
        Thread reader = new Thread(() -> transcript.collect(output), "transcript");
        reader.setDaemon(true);
        reader.start();
        return transcript;
    }

    private void collect(InputStream output) {
        byte[] buffer = new byte[1024];
        try (output) {
            for (int n = output.read(buffer); n >= 0; n = output.read(buffer)) {
                synchronized (this) {
                    text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    notifyAll();
                }
            }
        } catch (IOException ended) {
            // The process is gone; what was read is the transcript.
        }
    }

    /** Whether {@code expected} showed within the limit. */
    public boolean awaitText(String expected, long limitSeconds) throws InterruptedException {
        return awaitText(expected, 0, limitSeconds) >= 0;
    }

    /** Where {@code expected} ends once it shows at or after {@code from}; -1 if it does not within the limit. */
    public synchronized int awaitText(String expected, int from, long limitSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limitSeconds);
        int at;
        while ((at = text.indexOf(expected, from)) < 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return -1;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return at + expected.length();
    }

    public String text() {
        return text.toString();
    }
}
