package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.keys.KeyStore;
import dev.awsmfa.keys.KeyStores;
import dev.awsmfa.keys.KeysGetLine;
import dev.awsmfa.settings.LongTermCredentials;
import dev.awsmfa.settings.LongTermKeySource;
import dev.awsmfa.settings.RefreshSettings;
import java.util.Optional;

/**
 * Where {@code awsmfa rotate} finds the old key and writes the new one: the long-term section of the credentials
 * file, or the store entry that awsmfa's own {@code keys get} line in it names. Keys that any other
 * {@code credential_process} prints are refused: awsmfa cannot write them back where that command reads them.
 *
 * @param section the long-term section, which records the key's date in either case
 * @param store the store holding the keys; empty when the file holds them
 * @param entry the store's entry; null when the file holds the keys
 */
record RotatedKeyHome(String section, Optional<KeyStore> store, String entry, LongTermKeySource source) {
    static RotatedKeyHome of(RefreshSettings settings, KeyStores stores) {
        LongTermKeySource source = settings.longTermKeys();
        if (source instanceof LongTermKeySource.FromCommand command) {
            Optional<KeysGetLine.Target> own = KeysGetLine.parse(command.commandLine());
            if (own.isEmpty()) {
                throw new AwsMfaException(ExitCode.ROTATION_BLOCKED, "The long-term keys of profile "
                        + settings.profile() + " come from " + source.describe() + ": awsmfa rotate writes keys only "
                        + "to the credentials file or to a store of awsmfa keys move; rotate them in that store.");
            }
            return new RotatedKeyHome(settings.longTermSection(), Optional.of(stores.named(own.get().store())),
                    own.get().entry(), source);
        }
        return new RotatedKeyHome(settings.longTermSection(), Optional.empty(), null, source);
    }

    /** Where the key is, for messages: "[dev-long-term]", "pass entry awsmfa/dev-long-term". */
    String where() {
        return store.isPresent() ? store.get().where(entry) : "[" + section + "]";
    }

    /** The key as it is now: the old one, before the rotation writes anything. */
    LongTermCredentials current() {
        return store.isPresent() ? store.get().get(entry)
                : ((LongTermKeySource.InCredentialsFile) source).keys();
    }
}
