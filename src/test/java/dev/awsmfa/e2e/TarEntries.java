package dev.awsmfa.e2e;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the names and permission bits of a {@code .tar.gz}'s entries (ustar headers), so a test
 * can check the modes the archive carries on any OS, including one whose file system has none.
 */
final class TarEntries {
    private static final int BLOCK = 512;

    private TarEntries() {
    }

    /** Entry name to its mode bits (e.g. 0755), in archive order. */
    static Map<String, Integer> modes(Path tarGz) throws IOException {
        Map<String, Integer> modes = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(tarGz)))) {
            byte[] header = new byte[BLOCK];
            while (true) {
                try {
                    in.readFully(header);
                } catch (EOFException end) {
                    break;
                }
                String name = text(header, 0, 100);
                if (name.isEmpty()) {
                    break;
                }
                String prefix = text(header, 345, 155);
                long size = Long.parseLong(text(header, 124, 12).trim(), 8);
                char type = (char) header[156];
                if (type == '0' || type == '\0' || type == '5') {
                    modes.put(prefix.isEmpty() ? name : prefix + "/" + name, Integer.parseInt(text(header, 100, 8).trim(), 8));
                }
                skip(in, (size + BLOCK - 1) / BLOCK * BLOCK);
            }
        }
        return modes;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("tar entry cut short");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }
}
