package dev.awsmfa.files;

import dev.awsmfa.profile.ProfileFileException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads a file a user points awsmfa at, whatever it is: at most {@link #MAX_SIZE} bytes plus one, once, in
 * pieces. A directory, pipe or socket is refused before it is opened (a pipe would block, or be drained by
 * the first read); a device is read like a file: {@code /dev/null} is empty, {@code /dev/zero} too large.
 */
public final class FileContents {
    /** AWS files are a few kilobytes; anything this large is the wrong file, not a profile file. */
    public static final int MAX_SIZE = 16 * 1024 * 1024;
    private static final int PIECE = 64 * 1024;

    private FileContents() {
    }

    /** The file's bytes, {@code null} when it does not exist; else exit 3, naming {@code variable}. */
    public static byte[] read(Path file, String variable) {
        String name = file.toString();
        try {
            FileStat stat = FileStat.of(file);
            if (stat.is(FileStat.Type.MISSING)) {
                return null;
            }
            if (stat.is(FileStat.Type.DIRECTORY)) {
                throw new ProfileFileException(name, 0, "is a directory, not a file: point " + variable
                        + " at the file itself, or remove the directory.");
            }
            if (stat.is(FileStat.Type.PIPE) || stat.is(FileStat.Type.SOCKET)) {
                throw new ProfileFileException(name, 0, "is " + stat.type().description() + ", not a file: point "
                        + variable + " at a regular file (awsmfa reads it more than once, and writes it).");
            }
            if (stat.size() > MAX_SIZE) {
                throw tooLarge(name, variable);
            }
            try (ReadableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ)) {
                byte[] bytes = readAtMost(channel, (int) stat.size());
                if (bytes == null) {
                    throw tooLarge(name, variable);
                }
                return bytes;
            }
        } catch (IOException e) {
            if (e instanceof AccessDeniedException || Files.exists(file) && !Files.isReadable(file)) {
                throw new ProfileFileException(name, 0, "cannot be read (permission denied): fix its owner or mode "
                        + "(chmod 600 " + name + ").");
            }
            throw new ProfileFileException(name, 0, "cannot be read (" + e.getClass().getSimpleName() + "): "
                    + "check the file and its directory.");
        }
    }

    /**
     * Everything the channel holds, or {@code null} when that is more than {@link #MAX_SIZE}; {@code expected}
     * sizes the buffer. Read in pieces: a channel reads through an off-heap buffer as large as each read.
     */
    static byte[] readAtMost(ReadableByteChannel channel, int expected) throws IOException {
        byte[] bytes = new byte[Math.max(0, Math.min(expected, MAX_SIZE)) + 1];
        int filled = 0;
        while (true) {
            if (filled == bytes.length) {
                if (bytes.length > MAX_SIZE) {
                    return null;
                }
                bytes = Arrays.copyOf(bytes, (int) Math.min((long) bytes.length * 2 + PIECE, MAX_SIZE + 1L));
            }
            int read = channel.read(ByteBuffer.wrap(bytes, filled, Math.min(PIECE, bytes.length - filled)));
            if (read < 0) {
                return Arrays.copyOf(bytes, filled);
            }
            filled += read;
        }
    }

    private static ProfileFileException tooLarge(String name, String variable) {
        return new ProfileFileException(name, 0, "holds more than " + MAX_SIZE / (1024 * 1024) + " MiB, far more than "
                + "any AWS profile file: check that " + variable + " points at the right file.");
    }
}
