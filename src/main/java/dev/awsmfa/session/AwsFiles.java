package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.profile.AtomicFileWriter;
import dev.awsmfa.profile.AwsPaths;
import dev.awsmfa.profile.CredentialsLock;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileFileException;
import dev.awsmfa.profile.ProfileFileKind;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The user's two AWS files as documents: reads them (a missing file is an empty document),
 * writes the credentials file atomically, and hands out the lock that spans read, decide and write.
 */
public final class AwsFiles {
    /** AWS files are a few kilobytes; anything this large is the wrong file, not a profile file. */
    static final long MAX_SIZE = 16L * 1024 * 1024;

    private static final Set<PosixFilePermission> EXPOSED = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    static final String LOCK_TIMEOUT_ENV = "AWSMFA_LOCK_TIMEOUT";
    /** Long enough for another process's user to type a code. */
    static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(120);

    private final AwsPaths paths;
    private final Duration lockTimeout;

    public AwsFiles(AwsPaths paths, Duration lockTimeout) {
        this.paths = paths;
        this.lockTimeout = lockTimeout;
    }

    /** The files the environment points at, locked with {@code AWSMFA_LOCK_TIMEOUT} (seconds) or 120 s. */
    public static AwsFiles of(Env env) {
        return new AwsFiles(AwsPaths.resolve(env), lockTimeout(env));
    }

    public AwsPaths paths() {
        return paths;
    }

    public ProfileDocument credentials() {
        return read(paths.credentialsFile(), ProfileFileKind.CREDENTIALS, "AWS_SHARED_CREDENTIALS_FILE");
    }

    public ProfileDocument config() {
        return read(paths.configFile(), ProfileFileKind.CONFIG, "AWS_CONFIG_FILE");
    }

    /** Replaces the credentials file; only while holding {@link #lock}, which makes any leftover temporary file stale. */
    public void writeCredentials(CredentialsLock held, ProfileDocument document) {
        AtomicFileWriter.writeHoldingLock(paths.credentialsFile(), document.toBytes(), held);
    }

    /**
     * A warning when the credentials file can be read by group or others: it holds long-term keys.
     * Empty when it is private, absent, or the file system has no POSIX modes.
     */
    public Optional<String> exposureWarning() {
        Path file = paths.credentialsFile();
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
            if (!Collections.disjoint(mode, EXPOSED)) {
                return Optional.of(file + " is readable by other users (mode " + PosixFilePermissions.toString(mode)
                        + ") and holds your long-term keys: run chmod 600 " + file + ".");
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Missing file or no POSIX modes: nothing to warn about.
        }
        return Optional.empty();
    }

    /** Replaces the config file; awsmfa writes it only under the same lock as the credentials file. */
    public void writeConfig(CredentialsLock held, ProfileDocument document) {
        AtomicFileWriter.writeHoldingLock(paths.configFile(), document.toBytes(), held);
    }

    /** The lock that spans read, decide and write; {@code onWait} hears once when another awsmfa holds it. */
    public CredentialsLock lock(Consumer<String> onWait) {
        return CredentialsLock.acquire(paths.credentialsFile(), lockTimeout, onWait);
    }

    private static Duration lockTimeout(Env env) {
        Optional<String> seconds = env.get(LOCK_TIMEOUT_ENV);
        if (seconds.isEmpty()) {
            return DEFAULT_LOCK_TIMEOUT;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(seconds.get())));
        } catch (NumberFormatException e) {
            throw new AwsMfaException(ExitCode.INVALID_INPUT, LOCK_TIMEOUT_ENV + "='" + seconds.get()
                    + "' is not a whole number of seconds.");
        }
    }

    private static ProfileDocument read(Path file, ProfileFileKind kind, String variable) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ProfileFileException(name, 0, "is a directory, not a file: point " + variable
                    + " at the file itself, or remove the directory.");
        }
        if (!Files.exists(file)) {
            return ProfileDocument.empty(name, kind);
        }
        try {
            long size = Files.size(file);
            if (size > MAX_SIZE) {
                throw new ProfileFileException(name, 0, "is " + size / (1024 * 1024) + " MiB, far larger than any AWS "
                        + "profile file: check that " + variable + " points at the right file.");
            }
            return ProfileDocument.parse(name, Files.readAllBytes(file), kind);
        } catch (AccessDeniedException e) {
            throw new ProfileFileException(name, 0, "cannot be read (permission denied): fix its owner or mode "
                    + "(chmod 600 " + name + ").");
        } catch (IOException e) {
            throw new ProfileFileException(name, 0, "cannot be read (" + e.getClass().getSimpleName() + "): "
                    + "check the file and its directory.");
        }
    }
}
