package dev.awsmfa.keys;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stores awsmfa can keep long-term keys in, by the name {@code keys move --to} and {@code keys get --store} take. */
public final class KeyStores {
    /** {@code --to file}: the keys back in the credentials file, in plain text. */
    public static final String FILE = "file";
    /** Where the encrypted file's passphrase may come from instead of the terminal. */
    public static final String FILE_PASSPHRASE_VARIABLE = FilePassphrase.VARIABLE;
    /** Every store, in the order {@code --setup} offers them. */
    public static final List<String> NAMES = List.of(KeychainStore.NAME, SecretServiceStore.NAME, PassStore.NAME,
            WindowsCredentialStore.NAME, EncryptedFileStore.NAME);

    private final StoreContext context;
    /**
     * The stores opened so far, each once per run: a rotation reads and writes the same store, and the encrypted
     * file asks its passphrase once per store instance.
     */
    private final Map<String, KeyStore> opened;

    public KeyStores(StoreContext context) {
        this(context, new LinkedHashMap<>());
    }

    private KeyStores(StoreContext context, Map<String, KeyStore> opened) {
        this.context = context;
        this.opened = opened;
    }

    /** Only these stores, as they are: a test's in-memory ones, by their {@link KeyStore#name()}. */
    public static KeyStores of(KeyStore... stores) {
        Map<String, KeyStore> given = new LinkedHashMap<>();
        for (KeyStore store : stores) {
            given.put(store.name(), store);
        }
        return new KeyStores(null, given);
    }

    /** The store of that name; an unknown name is a usage error listing the names. */
    public KeyStore named(String name) {
        KeyStore store = opened.get(name);
        if (store == null) {
            store = open(name);
            opened.put(name, store);
        }
        return store;
    }

    private KeyStore open(String name) {
        if (context == null) {
            throw unknown(name);
        }
        switch (name) {
            case KeychainStore.NAME:
                return new KeychainStore(context);
            case SecretServiceStore.NAME:
                return new SecretServiceStore(context);
            case PassStore.NAME:
                return new PassStore(context);
            case WindowsCredentialStore.NAME:
                return new WindowsCredentialStore(context);
            case EncryptedFileStore.NAME:
                return new EncryptedFileStore(context);
            default:
                throw unknown(name);
        }
    }

    private static AwsMfaException unknown(String name) {
        return new AwsMfaException(ExitCode.USAGE, "No key store named '" + name + "': choose one of "
                + String.join(", ", NAMES) + ", or " + FILE + " for the credentials file.");
    }

    /** The stores that look usable here, in {@link #NAMES} order. */
    public List<KeyStore> usable() {
        List<KeyStore> usable = new ArrayList<>();
        for (String name : context == null ? List.copyOf(opened.keySet()) : NAMES) {
            KeyStore store = named(name);
            if (store.unusable().isEmpty()) {
                usable.add(store);
            }
        }
        return usable;
    }
}
