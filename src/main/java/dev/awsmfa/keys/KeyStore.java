package dev.awsmfa.keys;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.settings.LongTermCredentials;
import java.util.Optional;

/**
 * A place outside the credentials file that holds an IAM user's long-term keys, one entry per long-term profile
 * (its section name, e.g. {@code dev-long-term}). Every failure is an {@code AwsMfaException} with
 * {@code ExitCode.KEY_STORE} and one line naming the store and the entry; no message ever holds the secret.
 */
public interface KeyStore {
    /** The name {@code --to} and {@code --store} take, and the {@code credential_process} line records. */
    String name();

    /** Where the entry is, for messages and {@code keys list}: "pass entry awsmfa/dev-long-term". */
    String where(String entry);

    /**
     * Why the store cannot be used on this machine (its tool is missing, no session bus...), from a look at the
     * environment and the files, without running anything; empty when it looks usable. {@code --setup} offers
     * only usable stores.
     */
    Optional<String> unusable();

    /** Writes the keys, replacing what the entry held. */
    void put(String entry, LongTermCredentials keys);

    /** The keys the entry holds; refuses an absent entry with a line saying so. */
    LongTermCredentials get(String entry);

    /** Removes the entry; an absent entry is not an error. */
    void remove(String entry);

    /**
     * Writes the keys and reads them back: a file or a journal is pointed at a copy only once it is known to be
     * good. A copy that cannot be read back, or reads back different, is removed again (best effort) and refused.
     */
    default void putVerified(String entry, LongTermCredentials keys) {
        put(entry, keys);
        LongTermCredentials back;
        try {
            back = get(entry);
        } catch (AwsMfaException e) {
            removeQuietly(entry);
            throw new AwsMfaException(ExitCode.KEY_STORE, "The keys were written to " + where(entry) + " but could "
                    + "not be read back (" + e.getMessage() + ").", e);
        }
        if (!back.equals(keys)) {
            removeQuietly(entry);
            throw new AwsMfaException(ExitCode.KEY_STORE, where(entry) + " gave back other keys than were written.");
        }
    }

    /** Removes the entry, ignoring a failure: for a copy nothing points at, which the next write replaces. */
    default void removeQuietly(String entry) {
        try {
            remove(entry);
        } catch (AwsMfaException e) {
            // Harmless: no file names this copy.
        }
    }
}
