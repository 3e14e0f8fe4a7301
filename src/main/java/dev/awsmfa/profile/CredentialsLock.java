package dev.awsmfa.profile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * An exclusive lock held across read, decide (and STS call) and write, so two awsmfa processes
 * never both prompt for a code and race to write the same file. It locks a separate lock file
 * beside the credentials file (an atomic rename replaces the credentials file's inode, so a lock
 * on it would protect nothing); the OS releases it if the process dies.
 */
public final class CredentialsLock implements AutoCloseable {

    /**
     * Waits up to {@code timeout} for the lock of {@code credentialsFile}; tells {@code onWait}
     * once (a one-line message for stderr) when it has to wait.
     *
     * @throws dev.awsmfa.AwsMfaException with {@code ExitCode.LOCKED} when the wait times out
     */
    public static CredentialsLock acquire(Path credentialsFile, Duration timeout, Consumer<String> onWait) {
        throw new UnsupportedOperationException("in progress");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("in progress");
    }
}
