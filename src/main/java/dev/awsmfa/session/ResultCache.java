package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.profile.AtomicFileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * Results worth keeping between runs, each in a file of the cache directory under a slot name,
 * valid only for the exact key it was stored with (which names every input it was made from).
 * A cache, never a source of truth: a missing, stale, truncated or foreign file is a miss, a
 * failed write is ignored, and nothing here ever fails a command.
 *
 * <p>Layout: magic, key length, key (UTF-8), payload length, payload, then a CRC-32C of all that.
 * The checksum catches a file torn by a crash (the write is atomic, but not synced for a cache).
 * A payload is streamed rather than loaded: one of megabytes would otherwise be copied into the
 * heap whole, where a short-lived process's small heap pays for it in collections.
 */
public final class ResultCache {
    private static final byte[] MAGIC = "awsmfa-cache 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int BUFFER = 64 * 1024;

    private final Path directory;

    public ResultCache(Path directory) {
        this.directory = directory;
    }

    /**
     * The payload stored in the slot for exactly this key, as a stream the caller closes; or
     * {@code null}. The whole file's checksum is verified before it is returned.
     */
    public Payload open(String slot, String key) {
        RandomAccessFile file = null;
        try {
            file = new RandomAccessFile(directory.resolve(slot).toFile(), "r");
            long payloadLength = payloadLength(file, key.getBytes(StandardCharsets.UTF_8));
            if (payloadLength >= 0 && checksumMatches(file)) {
                long payloadStart = file.length() - 4 - payloadLength;
                file.seek(payloadStart);
                Payload payload = new Payload(file, payloadLength);
                file = null;
                return payload;
            }
        } catch (IOException | RuntimeException e) {
            // No such file, unreadable, or not one of ours: a miss.
        } finally {
            closeQuietly(file);
        }
        return null;
    }

    /** Stores a payload for a key, replacing the slot's previous one; quietly does nothing when it cannot. */
    public void put(String slot, String key, byte[] payload) {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        ByteBuffer file = ByteBuffer.allocate(MAGIC.length + 4 + keyBytes.length + 4 + payload.length + 4);
        file.put(MAGIC).putInt(keyBytes.length).put(keyBytes).putInt(payload.length).put(payload);
        CRC32C crc = new CRC32C();
        crc.update(file.array(), 0, file.position());
        file.putInt((int) crc.getValue());
        try {
            AtomicFileWriter.write(directory.resolve(slot), file.array());
        } catch (AwsMfaException e) {
            // Read-only or full cache directory: the next run computes the result again.
        }
    }

    /** The stored payload's length when the header holds this key and the file its whole length; else -1. */
    private static long payloadLength(RandomAccessFile file, byte[] key) throws IOException {
        int header = MAGIC.length + 4 + key.length + 4;
        if (file.length() < header + 4L) {
            return -1;
        }
        byte[] head = new byte[header];
        file.readFully(head);
        ByteBuffer in = ByteBuffer.wrap(head);
        if (!Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                || in.getInt(MAGIC.length) != key.length
                || !Arrays.equals(head, MAGIC.length + 4, MAGIC.length + 4 + key.length, key, 0, key.length)) {
            return -1;
        }
        int length = in.getInt(header - 4);
        return length >= 0 && header + (long) length + 4 == file.length() ? length : -1;
    }

    private static boolean checksumMatches(RandomAccessFile file) throws IOException {
        long covered = file.length() - 4;
        file.seek(0);
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[BUFFER];
        for (long left = covered; left > 0; ) {
            int read = file.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                return false;
            }
            crc.update(buffer, 0, read);
            left -= read;
        }
        return file.readInt() == (int) crc.getValue();
    }

    private static void closeQuietly(RandomAccessFile file) {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                // Read-only: nothing was lost.
            }
        }
    }

    /** A stored payload's bytes, read from where the file stands, up to its length. */
    public static final class Payload extends InputStream {
        private final RandomAccessFile file;
        private long left;

        Payload(RandomAccessFile file, long length) {
            this.file = file;
            this.left = length;
        }

        /** How many bytes are left to read. */
        public long remaining() {
            return left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            left--;
            return file.read();
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (left <= 0) {
                return -1;
            }
            int read = file.read(bytes, offset, (int) Math.min(length, left));
            if (read > 0) {
                left -= read;
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
