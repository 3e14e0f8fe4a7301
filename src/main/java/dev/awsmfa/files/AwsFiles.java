package dev.awsmfa.files;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileEdit;
import dev.awsmfa.profile.ProfileFileException;
import dev.awsmfa.profile.ProfileFileKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The user's two AWS files as documents: read bounded ({@link FileContents}; a missing file is empty), an
 * edit written under the lock that spans read, decide and write, so that neither a second awsmfa's nor another
 * program's edit made meanwhile is lost.
 */
public final class AwsFiles {
    static final String LOCK_TIMEOUT_ENV = "AWSMFA_LOCK_TIMEOUT";
    /** Long enough for another process's user to type a code. */
    static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(120);

    private final AwsPaths paths;
    private final Duration lockTimeout;
    /** Indexed by {@code ProfileFileKind.ordinal()}; not an EnumMap, which finds the constants by reflection. */
    private final WriteTarget[] targets = new WriteTarget[2];

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
        return read(ProfileFileKind.CREDENTIALS);
    }

    public ProfileDocument config() {
        return read(ProfileFileKind.CONFIG);
    }

    private ProfileDocument read(ProfileFileKind kind) {
        Path file = file(kind);
        byte[] bytes = FileContents.read(file, variable(kind));
        return bytes == null ? ProfileDocument.missing(file.toString(), kind)
                : ProfileDocument.parse(file.toString(), bytes, kind);
    }

    /** A warning when group or others can read the credentials file, which holds long-term keys. */
    public Optional<String> exposureWarning() {
        Path file = paths.credentialsFile();
        try {
            // From the mode bits, not Files.getPosixFilePermissions: its EnumSet finds the constants by reflection.
            FileStat stat = FileStat.of(file);
            if (stat.is(FileStat.Type.REGULAR) && (stat.permissions() & 0066) != 0) {
                return Optional.of(file + " is readable by other users (mode " + stat.permissionText()
                        + ") and holds your long-term keys: run chmod 600 " + file + ".");
            }
        } catch (IOException e) {
            // Missing file or no POSIX modes: nothing to warn about.
        }
        return Optional.empty();
    }

    /** The lock; {@code onWait} hears once when another awsmfa holds it. Exit 3 if credentials is no file. */
    public CredentialsLock lock(Consumer<String> onWait) {
        return CredentialsLock.acquire(target(ProfileFileKind.CREDENTIALS), lockTimeout, onWait);
    }

    /**
     * Exit 3 unless the file is one awsmfa may write (absent, or a regular file; a link only to the user's own):
     * checked before a write is decided, creating nothing.
     */
    public void checkTarget(ProfileFileKind kind) {
        target(kind);
    }

    /** Makes sure a file can be written, before anything is asked or sent ({@link WriteTarget#probe}). */
    public void checkWritable(ProfileFileKind kind) {
        target(kind).probe();
    }

    /**
     * Writes {@code edit} of a document read earlier, under the lock; when another program wrote the file
     * since, the edit is made to its new content, or, where it no longer applies, nothing is written
     * ({@link ConcurrentEditException}). Returns how the file was written, for DEBUG output.
     */
    public String update(CredentialsLock held, ProfileDocument read, ProfileEdit edit) {
        java.util.Objects.requireNonNull(held, "the caller must hold the lock");
        byte[] expected = read.toBytes();
        String[] merged = {""};
        String how = target(read.kind()).update(current -> {
            ProfileDocument base = read;
            if (!Arrays.equals(current == null ? new byte[0] : current, expected)) {
                merged[0] = ", after merging what another program wrote meanwhile";
                base = reread(read, current);
            }
            try {
                return edit.applyTo(base).toBytes();
            } catch (IllegalArgumentException e) {
                throw new ConcurrentEditException(read.fileName(), "the edit no longer applies to its new content ("
                        + e.getMessage() + ")");
            }
        }, lockTimeout);
        return how + merged[0];
    }

    /**
     * Keeps a section the credentials file could not take, so that it is not lost, in a file beside it
     * ({@code credentials.awsmfa-unsaved}: owner-only, a credentials file the AWS CLI reads); returns where.
     */
    public Path saveAside(String section, Map<String, String> values) {
        WriteTarget credentials = target(ProfileFileKind.CREDENTIALS);
        Path aside = credentials.file().resolveSibling(credentials.file().getFileName() + ".awsmfa-unsaved");
        try {
            byte[] bytes = ProfileDocument.empty(aside.toString(), ProfileFileKind.CREDENTIALS)
                    .withProfileValues(section, values).toBytes();
            AtomicFileWriter.replace(aside, bytes, credentials.ownership(), AtomicFileWriter.STALE_AFTER);
            return aside;
        } catch (IOException e) {
            throw new AwsMfaException(ExitCode.BAD_FILE, "cannot write " + aside + " either (" + e.getMessage() + ")",
                    e);
        }
    }

    private static ProfileDocument reread(ProfileDocument read, byte[] current) {
        try {
            return current == null ? ProfileDocument.empty(read.fileName(), read.kind())
                    : ProfileDocument.parse(read.fileName(), current, read.kind());
        } catch (ProfileFileException e) {
            throw new ConcurrentEditException(read.fileName(), "its new content is not a file the AWS CLI reads ("
                    + e.getMessage() + ")");
        }
    }

    private synchronized WriteTarget target(ProfileFileKind kind) {
        if (targets[kind.ordinal()] == null) {
            targets[kind.ordinal()] = WriteTarget.of(file(kind), variable(kind));
        }
        return targets[kind.ordinal()];
    }

    private Path file(ProfileFileKind kind) {
        return kind == ProfileFileKind.CREDENTIALS ? paths.credentialsFile() : paths.configFile();
    }

    private static String variable(ProfileFileKind kind) {
        return kind == ProfileFileKind.CREDENTIALS ? "AWS_SHARED_CREDENTIALS_FILE" : "AWS_CONFIG_FILE";
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
}
