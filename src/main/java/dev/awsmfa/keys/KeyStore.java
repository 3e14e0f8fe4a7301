package dev.awsmfa.keys;

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
}
