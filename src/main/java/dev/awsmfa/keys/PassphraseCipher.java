package dev.awsmfa.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts an entry under a passphrase with the JDK alone: PBKDF2-HMAC-SHA256 (a fresh 16-byte salt each time)
 * derives an AES-256 key, and AES-GCM (a fresh 12-byte nonce, 128-bit tag) encrypts and authenticates. GCM also
 * authenticates the version line and the entry's name, so a file copied over another entry's file is refused
 * like a wrong passphrase: docs/decisions/0007-encrypted-file-store.md.
 */
final class PassphraseCipher {
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BITS = 256;

    private final int iterations;
    private final SecureRandom random;

    PassphraseCipher(int iterations, SecureRandom random) {
        this.iterations = iterations;
        this.random = random;
    }

    /** {@code plaintext} encrypted for {@code entry} under {@code passphrase}. */
    EncryptedEntry seal(char[] passphrase, String entry, byte[] plaintext) throws GeneralSecurityException {
        byte[] salt = new byte[EncryptedEntry.SALT_BYTES];
        byte[] nonce = new byte[EncryptedEntry.NONCE_BYTES];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        Cipher cipher = cipher(Cipher.ENCRYPT_MODE, passphrase, entry, iterations, salt, nonce);
        return new EncryptedEntry(iterations, salt, nonce, cipher.doFinal(plaintext));
    }

    /**
     * The plaintext of {@code sealed}; {@link AEADBadTagException} when the passphrase is wrong or any byte of the
     * file (or the entry it was written for) differs: GCM cannot tell these apart, and neither can the user's fix.
     */
    static byte[] open(char[] passphrase, String entry, EncryptedEntry sealed) throws GeneralSecurityException {
        Cipher cipher = cipher(Cipher.DECRYPT_MODE, passphrase, entry, sealed.iterations(), sealed.salt(),
                sealed.nonce());
        return cipher.doFinal(sealed.ciphertext());
    }

    /** What GCM authenticates besides the ciphertext: the format's version line and the entry's name. */
    static byte[] associatedData(String entry) {
        return (EncryptedEntry.versionLine() + "\n" + entry).getBytes(StandardCharsets.UTF_8);
    }

    private static Cipher cipher(int mode, char[] passphrase, String entry, int iterations, byte[] salt,
            byte[] nonce) throws GeneralSecurityException {
        byte[] key = derive(passphrase, iterations, salt);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(EncryptedEntry.TAG_BYTES * 8,
                    nonce));
            cipher.updateAAD(associatedData(entry));
            return cipher;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] derive(char[] passphrase, int iterations, byte[] salt) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(EncryptedEntry.KDF).generateSecret(spec).getEncoded();
        } finally {
            spec.clearPassword();
        }
    }
}
