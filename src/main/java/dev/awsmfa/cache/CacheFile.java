package dev.awsmfa.cache;

import dev.awsmfa.files.AtomicFileWriter;
import dev.awsmfa.files.FileStat;
import dev.awsmfa.files.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.charset.StandardCharsets;
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

    /** File names stay well under every file system's limit (255 bytes); the rest of a long name is hashed. */
    private static final int MAX_NAME_CHARS = 80;

    /**
     * The file of one profile among others in a cache directory: {@code prefix} and the name's UTF-8 bytes in hex
     * (any profile name, even one with '/' or '..', is one plain file name); a long name is cut and hashed, so
     * two may share a file: whoever reads it checks the full name stored inside ({@link #hex}).
     */
    public static String nameFor(String prefix, String profile) {
        String hex = hex(profile);
        if (hex.length() > MAX_NAME_CHARS) {
            hex = hex.substring(0, MAX_NAME_CHARS - 9) + "-" + Integer.toHexString(profile.hashCode());
        }
        return prefix + hex;
    }

    /** The profile name's UTF-8 bytes in hex: what a per-profile file stores to tell whose it is. */
    public static String hex(String profile) {
        byte[] bytes = profile.getBytes(StandardCharsets.UTF_8);
        char[] digits = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            digits[2 * i] = Character.forDigit((bytes[i] >> 4) & 0xf, 16);
            digits[2 * i + 1] = Character.forDigit(bytes[i] & 0xf, 16);
        }
        return new String(digits);
    }

    /** {@link #write}, creating the file's directory first, owner-only, when it is missing. */
    public static boolean writeCreatingDirectory(Path file, byte[] content) {
        try {
            PrivateFiles.createDirectories(file.getParent());
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return write(file, content);
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
