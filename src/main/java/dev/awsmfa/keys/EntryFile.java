package dev.awsmfa.keys;

import dev.awsmfa.Platform;
import dev.awsmfa.files.AtomicFileWriter;
import dev.awsmfa.files.FileStat;
import dev.awsmfa.files.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One entry's file of the encrypted file store, in an owner-only folder (0700), itself owner-only (0600), replaced
 * atomically. Only a regular file is read, replaced or removed: a link or device planted under the name is refused,
 * never followed, and a read stops at {@value #MAX_BYTES} bytes (an entry is under 1 KiB).
 */
final class EntryFile {
    static final int MAX_BYTES = 64 * 1024;
    private static final int OWNER_READ_WRITE = 0600;

    private final Path path;

    EntryFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    /** The file's bytes; empty when there is no file. */
    Optional<byte[]> read() {
        try {
            FileStat stat = regularOrMissing();
            if (stat.is(FileStat.Type.MISSING)) {
                return Optional.empty();
            }
            if (stat.size() > MAX_BYTES) {
                throw tooLarge();
            }
            try (InputStream in = Channels.newInputStream(Files.newByteChannel(path, StandardOpenOption.READ,
                    LinkOption.NOFOLLOW_LINKS))) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw tooLarge();
                }
                return Optional.of(bytes);
            }
        } catch (IOException e) {
            throw cannot("read", e);
        }
    }

    /** Refuses a name that could not be written, before a passphrase is asked for it. */
    void checkWritable() {
        try {
            Path folder = path.toAbsolutePath().getParent();
            FileStat stat = FileStat.of(folder);
            if (!stat.is(FileStat.Type.MISSING) && !stat.is(FileStat.Type.DIRECTORY)) {
                throw EncryptedFileStore.failure(folder + " is " + stat.type().description() + ", not the folder of "
                        + "awsmfa's encrypted files: move it away.");
            }
            regularOrMissing();
        } catch (IOException e) {
            throw cannot("check", e);
        }
    }

    /** Replaces the file with {@code content}, creating its folder owner-only when missing. */
    void write(byte[] content) {
        checkWritable();
        try {
            PrivateFiles.createDirectories(path.toAbsolutePath().getParent());
            if (!Platform.WINDOWS && regularOrMissing().is(FileStat.Type.REGULAR)) {
                // The new file takes the old one's mode: make that owner-only, whatever it had become.
                Files.setAttribute(path, "unix:mode", OWNER_READ_WRITE, LinkOption.NOFOLLOW_LINKS);
            }
            AtomicFileWriter.replace(path, content);
        } catch (IOException e) {
            throw cannot("write", e);
        }
    }

    /** Removes the file; no file is not an error. */
    void remove() {
        try {
            if (regularOrMissing().is(FileStat.Type.REGULAR)) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw cannot("remove", e);
        }
    }

    private FileStat regularOrMissing() throws IOException {
        FileStat stat = FileStat.ofLink(path);
        if (!stat.is(FileStat.Type.REGULAR) && !stat.is(FileStat.Type.MISSING)) {
            throw EncryptedFileStore.failure(path + " is " + stat.type().description() + ", not a regular file: "
                    + "awsmfa uses only the file it wrote there; remove it, and move the keys there again.");
        }
        return stat;
    }

    private RuntimeException tooLarge() {
        return EncryptedFileStore.failure(path + " holds more than " + MAX_BYTES / 1024 + " KiB, far more than an "
                + "entry: it is not a file awsmfa wrote; remove it, and move the keys there again.");
    }

    private RuntimeException cannot(String what, IOException e) {
        // A file system exception's message is mostly the path again; the class says what went wrong.
        boolean news = e.getMessage() != null && !e.getMessage().contains(path.getFileName().toString());
        return EncryptedFileStore.failure("cannot " + what + " " + path + " (" + e.getClass().getSimpleName()
                + (news ? ": " + e.getMessage() : "") + "): check the file, its folder and their owner.");
    }
}
