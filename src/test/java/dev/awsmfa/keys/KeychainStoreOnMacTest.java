package dev.awsmfa.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.awsmfa.Env;
import dev.awsmfa.mfa.SystemProgramRunner;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The real macOS Keychain through /usr/bin/security, on the CI job's macOS runner only: it writes a throw-away
 * item to the login keychain (and removes it), which on a developer's Mac could ask for the keychain password.
 */
@EnabledOnOs(value = OS.MAC, disabledReason = "the macOS Keychain")
@EnabledIfEnvironmentVariable(named = "CI", matches = "true",
        disabledReason = "writes to the login keychain: run on CI runners only (CI=true)")
class KeychainStoreOnMacTest {
    private final KeychainStore store = new KeychainStore(new StoreContext(Env.system(), new SystemProgramRunner(), null,
            Path.of("credentials")));
    /** Unique, with a space and quotes to prove the security -i line's quoting on the real tool. */
    private final String entry = "awsmfa test " + UUID.randomUUID() + " it's \"quoted\"-long-term";

    @AfterEach
    void removeTheItem() {
        store.remove(entry);
    }

    @Test
    void keys_round_trip_through_the_login_keychain() {
        assertEquals(Optional.empty(), store.unusable());

        StoreRoundTrip.check(store, entry);
    }
}
