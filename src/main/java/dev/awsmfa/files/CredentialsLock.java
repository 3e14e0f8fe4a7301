package dev.awsmfa.files;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An exclusive lock held across read, decide (and STS call) and write, so two awsmfa never both prompt for a
 * code and race to write. It locks a file beside the credentials file, whose inode an atomic rename replaces
 * (a lock on it would protect nothing); the OS releases it if the process dies.
 */
public final class CredentialsLock implements AutoCloseable {
    private final FileChannel channel;

    private CredentialsLock(FileChannel channel) {
        this.channel = channel;
    }

    /** Waits up to {@code timeout} (then exit 12) for the lock; tells {@code onWait} once when it has to wait. */
    public static CredentialsLock acquire(WriteTarget target, Duration timeout, Consumer<String> onWait) {
        Path lockFile = target.lockFile();
        FileChannel channel = open(lockFile, target.ownership());
        try {
            if (await(channel, false, timeout, () -> onWait.accept(
                    "Waiting for another awsmfa to finish refreshing (lock " + lockFile + ")...")) != null) {
                return new CredentialsLock(channel);
            }
            closeQuietly(channel);
            String waited = timeout.toMillis() < 1000 ? timeout.toMillis() + " ms" : timeout.toSeconds() + " s";
            throw new AwsMfaException(ExitCode.LOCKED, "another awsmfa is still refreshing (it held the lock "
                    + lockFile + " for more than " + waited + "); wait for it to finish, then run this again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(channel);
            throw new AwsMfaException(ExitCode.LOCKED, "interrupted while waiting for the lock " + lockFile, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new AwsMfaException(ExitCode.BAD_FILE, "cannot lock " + lockFile + " (" + e.getMessage() + ")", e);
        }
    }

    /** Opens the lock file, creating it owner-only; never a link, a pipe or a device planted under its name. */
    private static FileChannel open(Path lockFile, Ownership ownership) {
        try {
            FileStat stat = FileStat.ofLink(lockFile);
            if (!stat.is(FileStat.Type.MISSING) && !stat.is(FileStat.Type.REGULAR)) {
                throw new AwsMfaException(ExitCode.BAD_FILE, "the lock file " + lockFile + " is "
                        + stat.type().description() + ", not a regular file: remove it (awsmfa creates it again).");
            }
            PrivateFiles.createDirectories(lockFile.getParent(), ownership);
            FileChannel channel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS), PrivateFiles.ownerOnly());
            if (stat.is(FileStat.Type.MISSING)) {
                Ownership.apply(ownership, lockFile);
            }
            return channel;
        } catch (IOException e) {
            throw new AwsMfaException(ExitCode.BAD_FILE, "cannot create the lock file " + lockFile + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); check the directory's permissions", e);
        }
    }

    /**
     * Waits for a lock on an open file by polling ({@code FileChannel.lock} takes no deadline): the lock, or
     * {@code null} once {@code timeout} has passed; {@code onFirstWait} runs when it has to wait.
     */
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

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing releases the lock anyway.
        }
    }

    /** Releases the lock (closing the channel does); the file stays, or two runs could lock different ones. */
    @Override
    public void close() {
        closeQuietly(channel);
    }
}
