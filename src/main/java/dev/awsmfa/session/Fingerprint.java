package dev.awsmfa.session;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;

/**
 * Names a file and its exact content: equal fingerprints mean the same path with the same bytes
 * (or missing both times). Two independent 32-bit checksums and the length: an edit that keeps
 * all three is a 1 in 2^64 chance. Both run as native or intrinsic code, so a file of megabytes
 * costs about a millisecond, far less than parsing it.
 */
final class Fingerprint {
    private final CRC32C crc = new CRC32C();
    private final Adler32 adler = new Adler32();
    private long length;

    private Fingerprint() {
    }

    /** Of a file's bytes, {@code null} for a missing file. */
    static String of(String fileName, byte[] bytes) {
        if (bytes == null) {
            return missing(fileName);
        }
        Fingerprint fingerprint = new Fingerprint();
        fingerprint.update(bytes, bytes.length);
        return fingerprint.describe(fileName);
    }

    /** Of what a stream holds, read to its end; {@code null} for a missing file. */
    static String of(String fileName, InputStream in) throws IOException {
        if (in == null) {
            return missing(fileName);
        }
        Fingerprint fingerprint = new Fingerprint();
        byte[] buffer = new byte[64 * 1024];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            fingerprint.update(buffer, read);
        }
        return fingerprint.describe(fileName);
    }

    private void update(byte[] bytes, int count) {
        crc.update(bytes, 0, count);
        adler.update(bytes, 0, count);
        length += count;
    }

    private String describe(String fileName) {
        return name(fileName) + " " + length + " " + Long.toHexString(crc.getValue()) + " "
                + Long.toHexString(adler.getValue());
    }

    private static String missing(String fileName) {
        return name(fileName) + " missing";
    }

    // The name's length first: no path, however odd, can pass for another name plus numbers.
    private static String name(String fileName) {
        return fileName.length() + ":" + fileName;
    }
}
