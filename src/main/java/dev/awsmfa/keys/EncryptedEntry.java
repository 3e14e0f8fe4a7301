package dev.awsmfa.keys;

import java.nio.file.Path;
import java.util.Base64;

/**
 * The text of one encrypted-file entry: a version line, then one {@code name value} line for each parameter, so a
 * later version can change the key derivation or the cipher and still read what this one wrote.
 *
 * <pre>
 * awsmfa-encrypted-keys 1
 * kdf PBKDF2WithHmacSHA256
 * iterations 600000
 * cipher AES-256-GCM
 * salt BASE64 (16 bytes)
 * nonce BASE64 (12 bytes)
 * ciphertext BASE64 (the credential_process JSON, then GCM's 16-byte tag)
 * </pre>
 */
record EncryptedEntry(int iterations, byte[] salt, byte[] nonce, byte[] ciphertext) {
    static final String FORMAT = "awsmfa-encrypted-keys";
    static final int VERSION = 1;
    static final String KDF = "PBKDF2WithHmacSHA256";
    static final String CIPHER = "AES-256-GCM";
    /** Below this no file of ours was written; above it a tampered count would hold the prompt for minutes. */
    static final int MIN_ITERATIONS = 1_000;
    static final int MAX_ITERATIONS = 10_000_000;
    static final int SALT_BYTES = 16;
    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;

    private static final String[] NAMES = {"kdf", "iterations", "cipher", "salt", "nonce", "ciphertext"};

    /** The first line, which is also the start of the data GCM authenticates with the ciphertext. */
    static String versionLine() {
        return FORMAT + " " + VERSION;
    }

    String text() {
        Base64.Encoder base64 = Base64.getEncoder();
        return versionLine() + "\n"
                + "kdf " + KDF + "\n"
                + "iterations " + iterations + "\n"
                + "cipher " + CIPHER + "\n"
                + "salt " + base64.encodeToString(salt) + "\n"
                + "nonce " + base64.encodeToString(nonce) + "\n"
                + "ciphertext " + base64.encodeToString(ciphertext) + "\n";
    }

    /** The entry in {@code text}, read from {@code file}; anything else is refused with the line at fault. */
    static EncryptedEntry parse(String text, Path file) {
        String[] lines = text.split("\n", -1);
        int count = lines.length;
        if (count > 0 && lines[count - 1].isEmpty()) {
            count--;
        }
        String first = count == 0 ? "" : withoutCr(lines[0]);
        if (!first.equals(versionLine())) {
            if (first.startsWith(FORMAT + " ")) {
                throw EncryptedFileStore.failure(file + " has format version " + first.substring(FORMAT.length() + 1)
                        + ", which this awsmfa cannot read (it reads " + VERSION + "): use the awsmfa that wrote it, "
                        + "or a newer one.");
            }
            throw malformed(file, 1, "'" + versionLine() + "'");
        }
        String[] values = new String[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) {
            String line = i + 1 < count ? withoutCr(lines[i + 1]) : "";
            if (!line.startsWith(NAMES[i] + " ")) {
                throw malformed(file, i + 2, "'" + NAMES[i] + "' and its value");
            }
            values[i] = line.substring(NAMES[i].length() + 1);
        }
        expect(values[0].equals(KDF), file, 2, "'kdf " + KDF + "'");
        int iterations = iterations(values[1], file);
        expect(values[2].equals(CIPHER), file, 4, "'cipher " + CIPHER + "'");
        byte[] salt = base64(values[3], file, 5);
        expect(salt.length == SALT_BYTES, file, 5, "a salt of " + SALT_BYTES + " bytes");
        byte[] nonce = base64(values[4], file, 6);
        expect(nonce.length == NONCE_BYTES, file, 6, "a nonce of " + NONCE_BYTES + " bytes");
        byte[] ciphertext = base64(values[5], file, 7);
        expect(ciphertext.length > TAG_BYTES, file, 7, "a ciphertext longer than GCM's " + TAG_BYTES + "-byte tag");
        expect(count == NAMES.length + 1, file, NAMES.length + 2, "the end of the file");
        return new EncryptedEntry(iterations, salt, nonce, ciphertext);
    }

    private static int iterations(String value, Path file) {
        boolean digits = !value.isEmpty() && value.length() <= 9;
        for (int i = 0; digits && i < value.length(); i++) {
            digits = value.charAt(i) >= '0' && value.charAt(i) <= '9';
        }
        int iterations = digits ? Integer.parseInt(value) : -1;
        expect(iterations >= MIN_ITERATIONS && iterations <= MAX_ITERATIONS, file, 3,
                "'iterations' and a number from " + MIN_ITERATIONS + " to " + MAX_ITERATIONS);
        return iterations;
    }

    private static byte[] base64(String value, Path file, int line) {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw malformed(file, line, "base64 after the name");
        }
    }

    private static void expect(boolean holds, Path file, int line, String expected) {
        if (!holds) {
            throw malformed(file, line, expected);
        }
    }

    private static RuntimeException malformed(Path file, int line, String expected) {
        return EncryptedFileStore.failure(file + " line " + line + " should hold " + expected + ": the file is not "
                + "as awsmfa wrote it; restore it from a backup, or put the IAM user's keys back in the credentials "
                + "file.");
    }

    private static String withoutCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
