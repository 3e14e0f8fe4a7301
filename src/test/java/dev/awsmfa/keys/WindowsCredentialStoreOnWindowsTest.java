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
 * The real Windows Credential Manager through Windows PowerShell, on the CI job's Windows runner only: it writes a
 * throw-away web credential (and removes it), which a developer's own machine need not get.
 */
@EnabledOnOs(value = OS.WINDOWS, disabledReason = "the Windows Credential Manager")
@EnabledIfEnvironmentVariable(named = "CI", matches = "true",
        disabledReason = "writes to the Credential Manager: run on CI runners only (CI=true)")
class WindowsCredentialStoreOnWindowsTest {
    private final WindowsCredentialStore store = new WindowsCredentialStore(new StoreContext(Env.system(),
            new SystemProgramRunner(), null, Path.of("credentials")));
    /** Unique, with a space and quotes to prove the script's literal on the real PowerShell. */
    private final String entry = "awsmfa test " + UUID.randomUUID() + " it's \"quoted\"-long-term";

    @AfterEach
    void removeTheItem() {
        store.remove(entry);
    }

    @Test
    void keys_round_trip_through_the_password_vault() {
        assertEquals(Optional.empty(), store.unusable());

        StoreRoundTrip.check(store, entry);
    }
}
