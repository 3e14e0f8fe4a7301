package dev.awsmfa.keys;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.settings.LongTermCredentials;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.AEADBadTagException;

/**
 * For machines without a keychain: each entry is a file {@code awsmfa-keys/ENTRY.enc} beside the credentials file,
 * the keys' JSON encrypted under a passphrase ({@link PassphraseCipher}, {@link FilePassphrase}). It protects a
 * copied or backed-up file, not the keys from a program running as the user: docs/decisions/0007.
 *
 * <p>Within one run the passphrase that opened or sealed an entry is used again for that entry without asking, so
 * that {@code keys move} (write, then read back) and {@code rotate} (read, write, read) ask once; a new run asks
 * again.
 */
final class EncryptedFileStore implements KeyStore {
    static final String NAME = "encrypted-file";
    static final String FOLDER = "awsmfa-keys";
    static final String SUFFIX = ".enc";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; the time it takes here is in the decision record. */
    static final int ITERATIONS = 600_000;

    private final StoreContext context;
    private final FilePassphrase passphrases;
    private final PassphraseCipher cipher;
    private final Map<String, char[]> typedThisRun = new HashMap<>();

    EncryptedFileStore(StoreContext context) {
        this(context, ITERATIONS);
    }

    /** @param iterations fewer in tests only: a file records its own count, so any file of ours stays readable */
    EncryptedFileStore(StoreContext context, int iterations) {
        this.context = context;
        this.passphrases = new FilePassphrase(context.env(), context.terminal());
        this.cipher = new PassphraseCipher(iterations, new SecureRandom());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String where(String entry) {
        return "encrypted file " + file(entry).path();
    }

    /** Needs only the JDK and a folder to write in. */
    @Override
    public Optional<String> unusable() {
        return Optional.empty();
    }

    @Override
    public void put(String entry, LongTermCredentials keys) {
        EntryFile file = file(entry);
        file.checkWritable();
        char[] passphrase = typedThisRun.containsKey(entry) ? typedThisRun.get(entry)
                : passphrases.toSeal(entry, file.path());
        byte[] json = StoredKeys.encode(keys).getBytes(StandardCharsets.UTF_8);
        try {
            file.write(cipher.seal(passphrase, entry, json).text().getBytes(StandardCharsets.US_ASCII));
            remember(entry, passphrase);
        } catch (GeneralSecurityException e) {
            throw noCrypto(e);
        } finally {
            Arrays.fill(json, (byte) 0);
            forgetUnlessRemembered(entry, passphrase);
        }
    }

    @Override
    public LongTermCredentials get(String entry) {
        EntryFile file = file(entry);
        byte[] content = file.read().orElseThrow(() -> failure(where(entry) + " does not exist: move the keys "
                + "there again with awsmfa keys move, or put the IAM user's keys back in the credentials file."));
        EncryptedEntry sealed = EncryptedEntry.parse(new String(content, StandardCharsets.ISO_8859_1), file.path());
        char[] passphrase = typedThisRun.containsKey(entry) ? typedThisRun.get(entry)
                : passphrases.toOpen(entry, file.path());
        byte[] json = null;
        try {
            json = PassphraseCipher.open(passphrase, entry, sealed);
            LongTermCredentials keys = StoredKeys.decode(new String(json, StandardCharsets.UTF_8), where(entry));
            remember(entry, passphrase);
            return keys;
        } catch (AEADBadTagException e) {
            throw failure(passphrases.wrong(file.path()));
        } catch (GeneralSecurityException e) {
            throw noCrypto(e);
        } finally {
            if (json != null) {
                Arrays.fill(json, (byte) 0);
            }
            forgetUnlessRemembered(entry, passphrase);
        }
    }

    @Override
    public void remove(String entry) {
        file(entry).remove();
        char[] remembered = typedThisRun.remove(entry);
        if (remembered != null) {
            Arrays.fill(remembered, '\0');
        }
    }

    /** A refusal of this store: exit 15, one line naming it. */
    static AwsMfaException failure(String line) {
        return new AwsMfaException(ExitCode.KEY_STORE, NAME + ": " + line);
    }

    private EntryFile file(String entry) {
        Path credentials = context.credentialsFile().toAbsolutePath();
        return new EntryFile(credentials.getParent().resolve(FOLDER).resolve(EntryNames.segment(entry) + SUFFIX));
    }

    private void remember(String entry, char[] passphrase) {
        char[] before = typedThisRun.put(entry, passphrase);
        if (before != null && before != passphrase) {
            Arrays.fill(before, '\0');
        }
    }

    private void forgetUnlessRemembered(String entry, char[] passphrase) {
        if (typedThisRun.get(entry) != passphrase) {
            Arrays.fill(passphrase, '\0');
        }
    }

    private static AwsMfaException noCrypto(GeneralSecurityException e) {
        return new AwsMfaException(ExitCode.KEY_STORE, NAME + ": this Java runtime cannot use "
                + EncryptedEntry.KDF + " and AES-GCM (" + e.getClass().getSimpleName() + "): choose another store "
                + "(awsmfa keys move --help lists them).", e);
    }
}
