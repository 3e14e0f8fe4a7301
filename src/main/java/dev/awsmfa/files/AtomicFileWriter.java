package dev.awsmfa.files;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content so that every reader sees either the old or the new bytes, never a
 * mix: a temporary file in the same directory (created with the final permissions), fsync, atomic
 * rename, fsync of the directory. Keeps the original's mode (new files 0600, a new directory 0700);
 * writes through a symlink to its target so the link stays a link; removes temporary files left by
 * a killed run.
 */
public final class AtomicFileWriter {
    /** A write takes milliseconds; a temporary file this old was left by a run that died. */
    static final Duration STALE_AFTER = Duration.ofMinutes(1);
    private static final String TEMP_MARK = ".awsmfa-";
    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFileWriter() {
    }

    /**
     * Writes a file that another process may be writing at the same moment: only temporary files
     * older than {@link #STALE_AFTER} count as left by a killed run.
     *
     * @throws AwsMfaException with {@code ExitCode.BAD_FILE} naming the file; the file is then unchanged
     */
    public static void write(Path file, byte[] content) {
        write(file, content, STALE_AFTER);
    }

    /**
     * Writes a file whose {@link CredentialsLock} the caller holds: no other writer can be at work,
     * so every temporary file of it, however fresh, was left by a run that died.
     */
    public static void writeHoldingLock(Path file, byte[] content, CredentialsLock held) {
        java.util.Objects.requireNonNull(held, "the caller must hold the lock");
        write(file, content, Duration.ZERO);
    }

    private static void write(Path file, byte[] content, Duration staleAfter) {
        Path temp = null;
        try {
            Path target = SymlinkTarget.of(file);
            Path directory = target.getParent();
            PrivateFiles.createDirectories(directory);
            removeStaleTemporaries(directory, target.getFileName().toString(), staleAfter);
            temp = createTemporary(target);
            writeAndSync(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            syncDirectory(directory);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw new AwsMfaException(ExitCode.BAD_FILE, "cannot write " + file + " (" + describe(e)
                    + "); the file is unchanged: check the directory's permissions and free space", e);
        }
    }

    static String temporaryPrefix(String fileName) {
        return new StringBuilder(".").append(fileName).append(TEMP_MARK).toString();
    }

    private static Path createTemporary(Path target) throws IOException {
        Path directory = target.getParent();
        String prefix = temporaryPrefix(target.getFileName().toString());
        if (!PrivateFiles.isPosix(target)) {
            return createNew(directory, prefix, new FileAttribute<?>[0]);
        }
        PosixFileAttributes original = Files.exists(target) ? Files.readAttributes(target, PosixFileAttributes.class) : null;
        Set<PosixFilePermission> mode = original != null ? original.permissions() : PrivateFiles.OWNER_ONLY_FILE;
        // Created owner-only, so a secret is never readable by others even for a moment.
        Path temp = createNew(directory, prefix, PrivateFiles.creating(target, PrivateFiles.OWNER_ONLY_FILE));
        if (original != null) {
            keepGroup(temp, original.group());
        }
        Files.setPosixFilePermissions(temp, mode);
        return temp;
    }

    /**
     * A new file of a name no other file has (create-new, so never through a planted symlink).
     * Not {@code Files.createTempFile}: its name generator seeds a SecureRandom, ~15 ms of a run
     * that writes one file. The name needs to be unique, not secret: the directory is the user's.
     */
    private static Path createNew(Path directory, String prefix, FileAttribute<?>[] attributes) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = directory.resolve(prefix + Long.toUnsignedString(System.nanoTime() ^ ThreadLocalRandom.current()
                    .nextLong(), 36) + TEMP_SUFFIX);
            try {
                return Files.createFile(temp, attributes);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    private static void keepGroup(Path temp, GroupPrincipal group) {
        try {
            Files.getFileAttributeView(temp, PosixFileAttributeView.class).setGroup(group);
        } catch (IOException | UnsupportedOperationException e) {
            // Not a member of that group: the file keeps the user's default group.
        }
    }

    private static void writeAndSync(Path temp, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms (Windows) cannot open a directory; the rename is then as durable as they allow.
        }
    }

    private static void removeStaleTemporaries(Path directory, String fileName, Duration staleAfter) throws IOException {
        String prefix = temporaryPrefix(fileName);
        FileTime staleBefore = FileTime.fromMillis(System.currentTimeMillis() - staleAfter.toMillis() + 1);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX) && isOlder(entry, staleBefore)) {
                    deleteQuietly(entry);
                }
            }
        }
    }

    private static boolean isOlder(Path file, FileTime limit) {
        try {
            return Files.getLastModifiedTime(file).compareTo(limit) < 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for the next run's clean-up.
        }
    }

    private static String describe(Exception e) {
        if (e instanceof AtomicMoveNotSupportedException) {
            return "the file system cannot replace it atomically";
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message != null ? ": " + message : "");
    }
}
