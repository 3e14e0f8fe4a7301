package dev.awsmfa.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.settings.LongTermCredentials;

/** What every store must do with one entry: keep keys, replace them, give them back, forget them. */
final class StoreRoundTrip {
    static final LongTermCredentials KEYS = new LongTermCredentials("AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    static final LongTermCredentials NEW_KEYS = new LongTermCredentials("AKIAI44QH8DHBEXAMPLE",
            "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY");

    private StoreRoundTrip() {
    }

    /** Puts, reads back, replaces, reads back, removes (twice: an absent entry is no error), and finds it gone. */
    static void check(KeyStore store, String entry) {
        store.put(entry, KEYS);
        assertEquals(KEYS, store.get(entry));
        store.put(entry, NEW_KEYS);
        assertEquals(NEW_KEYS, store.get(entry));

        store.remove(entry);
        store.remove(entry);
        AwsMfaException gone = assertThrows(AwsMfaException.class, () -> store.get(entry));
        assertEquals(ExitCode.KEY_STORE, gone.exitCode());
        assertTrue(gone.getMessage().contains(store.where(entry) + " does not exist: "), gone.getMessage());
    }
}
