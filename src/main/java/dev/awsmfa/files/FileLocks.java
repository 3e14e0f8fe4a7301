package dev.awsmfa.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.time.Duration;

/** Waits for a lock on an open file by polling: {@code FileChannel.lock} takes no deadline. */
final class FileLocks {
    private FileLocks() {
    }

    /** The lock, or {@code null} once {@code timeout} has passed; {@code onFirstWait} runs when it has to wait. */
    static FileLock await(FileChannel channel, boolean shared, Duration timeout, Runnable onFirstWait)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (boolean waited = false; ; waited = true) {
            FileLock lock;
            try {
                lock = channel.tryLock(0, Long.MAX_VALUE, shared);
            } catch (OverlappingFileLockException heldInThisJvm) {
                lock = null;
            }
            long left = deadline - System.nanoTime();
            if (lock != null || left <= 0) {
                return lock;
            }
            if (!waited) {
                onFirstWait.run();
            }
            Thread.sleep(Math.min(50, Math.max(1, left / 1_000_000)));
        }
    }
}
