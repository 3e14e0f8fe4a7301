package dev.awsmfa.cache;

import dev.awsmfa.files.AtomicFileWriter;
import dev.awsmfa.files.FileStat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A small file in the {@link CacheDirectory}: read only when a regular file of at most {@value #MAX_BYTES}
 * bytes, written as a new file renamed over its name. Neither follows a link planted under the name, and
 * neither can fail a command: a cache is never the source of truth.
 */
public final class CacheFile {
    static final int MAX_BYTES = 64 * 1024;

    private CacheFile() {
    }

    /** The file's bytes; empty when it is missing, not a regular file, too large or unreadable. */
    public static Optional<byte[]> read(Path file) {
        try {
            FileStat stat = FileStat.ofLink(file);
            if (!stat.is(FileStat.Type.REGULAR) || stat.size() > MAX_BYTES) {
                return Optional.empty();
            }
            try (InputStream in = Channels.newInputStream(Files.newByteChannel(file, StandardOpenOption.READ,
                    LinkOption.NOFOLLOW_LINKS))) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                return bytes.length > MAX_BYTES ? Optional.empty() : Optional.of(bytes);
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Removes the file (a link planted under its name: the link); false when there was none or it stays. */
    public static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Replaces the file; false when it cannot (a read-only or full disk), which only costs the cache. */
    public static boolean write(Path file, byte[] content) {
        try {
            AtomicFileWriter.replace(file, content);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
