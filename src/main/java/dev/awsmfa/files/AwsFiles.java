package dev.awsmfa.files;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileFileException;
import dev.awsmfa.profile.ProfileFileKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
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
    private static final int READ_PIECE = 64 * 1024;

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

    private static ProfileDocument read(Path file, ProfileFileKind kind, String variable) {
        byte[] bytes = bytes(file, variable);
        return bytes == null ? ProfileDocument.empty(file.toString(), kind) : ProfileDocument.parse(file.toString(), bytes, kind);
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

    /** The file's bytes, {@code null} when it does not exist. */
    private static byte[] bytes(Path file, String variable) {
        try (InputStream in = open(file, variable)) {
            return in == null ? null : readAll(in, Files.size(file));
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Reads in pieces: see {@link #open}. */
    private static byte[] readAll(InputStream in, long expectedSize) throws IOException {
        byte[] bytes = new byte[(int) Math.min(expectedSize, MAX_SIZE)];
        int filled = 0;
        while (filled < bytes.length) {
            int read = in.read(bytes, filled, Math.min(READ_PIECE, bytes.length - filled));
            if (read < 0) {
                return Arrays.copyOf(bytes, filled);
            }
            filled += read;
        }
        // A file that grew since it was measured: the rest, as it is now.
        byte[] rest = in.readAllBytes();
        if (rest.length == 0) {
            return bytes;
        }
        byte[] all = Arrays.copyOf(bytes, filled + rest.length);
        System.arraycopy(rest, 0, all, filled, rest.length);
        return all;
    }

    /**
     * The file to read, {@code null} when it does not exist; refused when it is a directory or
     * too large. Read it in pieces of {@link #READ_PIECE}: the channel behind it reads through an
     * off-heap buffer as large as each read, zeroed when first made, a few milliseconds for a
     * whole file of megabytes. A channel rather than {@code FileInputStream}, which on Windows
     * would keep a concurrent refresh from renaming the new file into place while it reads.
     */
    private static InputStream open(Path file, String variable) throws IOException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ProfileFileException(name, 0, "is a directory, not a file: point " + variable
                    + " at the file itself, or remove the directory.");
        }
        if (!Files.exists(file)) {
            return null;
        }
        long size = Files.size(file);
        if (size > MAX_SIZE) {
            throw new ProfileFileException(name, 0, "is " + size / (1024 * 1024) + " MiB, far larger than any AWS "
                    + "profile file: check that " + variable + " points at the right file.");
        }
        return Files.newInputStream(file);
    }

    private static ProfileFileException unreadable(Path file, IOException e) {
        String name = file.toString();
        if (e instanceof AccessDeniedException || Files.exists(file) && !Files.isReadable(file)) {
            return new ProfileFileException(name, 0, "cannot be read (permission denied): fix its owner or mode "
                    + "(chmod 600 " + name + ").");
        }
        return new ProfileFileException(name, 0, "cannot be read (" + e.getClass().getSimpleName() + "): "
                + "check the file and its directory.");
    }
}
