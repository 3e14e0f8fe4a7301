package dev.awsmfa.testing;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.keys.KeyStore;
import dev.awsmfa.settings.LongTermCredentials;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A key store in memory, with the calls it received, and a failure or a different answer on request. */
public final class FakeKeyStore implements KeyStore {
    public final Map<String, LongTermCredentials> entries = new HashMap<>();
    public final List<String> calls = new ArrayList<>();
    private final String name;
    /** The operation ("put", "get", "remove") that fails as a store's tool would, or null. */
    public String failing;
    /** What get answers instead of the entry, or null. */
    public LongTermCredentials corrupted;

    public FakeKeyStore(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String where(String entry) {
        return name + " entry " + entry;
    }

    @Override
    public Optional<String> unusable() {
        return Optional.empty();
    }

    @Override
    public void put(String entry, LongTermCredentials keys) {
        call("put", entry);
        entries.put(entry, keys);
    }

    @Override
    public LongTermCredentials get(String entry) {
        call("get", entry);
        LongTermCredentials keys = entries.get(entry);
        if (keys == null) {
            throw new AwsMfaException(ExitCode.KEY_STORE, where(entry) + " does not exist.");
        }
        return corrupted != null ? corrupted : keys;
    }

    @Override
    public void remove(String entry) {
        call("remove", entry);
        entries.remove(entry);
    }

    private void call(String operation, String entry) {
        calls.add(operation + " " + entry);
        if (operation.equals(failing)) {
            throw new AwsMfaException(ExitCode.KEY_STORE, name + ": " + operation + " failed: the tool exited with "
                    + "status 1.");
        }
    }
}
