package dev.awsmfa.files;

import dev.awsmfa.Platform;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces the file at a path so that every reader sees the old or the new bytes, never a mix: a new
 * temporary file beside it (owner-only, so a secret is never readable by others even for a moment), fsync,
 * atomic rename, fsync of the directory. The new file keeps the old one's mode (else 0600) and, when root
 * writes, its owner. What stands at the path is replaced, never followed (a rename replaces a link): callers
 * that mean to write through the user's own links resolve them first ({@link WriteTarget}).
 */
public final class AtomicFileWriter {
    /** A write takes milliseconds; a temporary file this old was left by a run that died. */
    static final Duration STALE_AFTER = Duration.ofMinutes(1);
    private static final String TEMP_MARK = ".awsmfa-";
    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFileWriter() {
    }

    /** Replaces {@code file}, whose directory exists; temporary files of runs that died are removed. */
    public static void replace(Path file, byte[] content) throws IOException {
        replace(file, content, null, STALE_AFTER);
    }

    /**
     * @param staleAfter temporary files of this file older than this are removed: zero when the
     *     caller holds the file's lock, so that no other writer can be at work
     */
    static void replace(Path file, byte[] content, Ownership ownership, Duration staleAfter) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        removeStaleTemporaries(directory, file.getFileName().toString(), staleAfter);
        Path temp = createTemporary(directory, file.getFileName().toString());
        try {
            Ownership.apply(ownership, temp);
            FileStat original = FileStat.ofLink(file);
            if (!Platform.WINDOWS && original.is(FileStat.Type.REGULAR)) {
                // Never a mode copied from something that is not a regular file (a device is 0666).
                Files.setAttribute(temp, "unix:mode", original.permissions(), LinkOption.NOFOLLOW_LINKS);
            }
            writeAndSync(temp, content);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new RenameFailed(e);
            }
            temp = null;
        } finally {
            deleteQuietly(temp);
        }
        syncDirectory(directory);
    }

    /** The last step failed: nothing replaced, as when the file is a mount point or on another file system. */
    static final class RenameFailed extends IOException {
        private static final long serialVersionUID = 1L;

        RenameFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** A new, empty, owner-only file beside {@code fileName}, under a name no other file has. */
    static Path createTemporary(Path directory, String fileName) throws IOException {
        String prefix = "." + fileName + TEMP_MARK;
        for (int attempt = 0; ; attempt++) {
            // Not Files.createTempFile: its name generator seeds a SecureRandom, ~15 ms. The name needs
            // to be unique, not secret: create-new never opens what another process planted there.
            Path temp = directory.resolve(prefix + Long.toUnsignedString(System.nanoTime() ^ ThreadLocalRandom.current()
                    .nextLong(), 36) + TEMP_SUFFIX);
            try {
                return Files.createFile(temp, PrivateFiles.ownerOnly());
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    static void writeAndSync(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            writeFully(channel, content);
            channel.force(true);
        }
    }

    static void writeFully(FileChannel channel, byte[] content) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms (Windows) cannot open a directory; the rename is then as durable as they allow.
        }
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for the next run's clean-up.
        }
    }

    private static void removeStaleTemporaries(Path directory, String fileName, Duration staleAfter)
            throws IOException {
        String prefix = "." + fileName + TEMP_MARK;
        FileTime staleBefore = FileTime.fromMillis(System.currentTimeMillis() - staleAfter.toMillis() + 1);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX)
                        && Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).compareTo(staleBefore) < 0) {
                    deleteQuietly(entry);
                }
            }
        }
    }
}
