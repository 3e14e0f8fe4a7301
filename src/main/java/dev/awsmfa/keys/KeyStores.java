package dev.awsmfa.keys;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import java.util.ArrayList;
import java.util.List;

/** The stores awsmfa can keep long-term keys in, by the name {@code keys move --to} and {@code keys get --store} take. */
public final class KeyStores {
    /** {@code --to file}: the keys back in the credentials file, in plain text. */
    public static final String FILE = "file";
    /** Every store, in the order {@code --setup} offers them. */
    public static final List<String> NAMES = List.of(SecretServiceStore.NAME, PassStore.NAME);

    private final StoreContext context;

    public KeyStores(StoreContext context) {
        this.context = context;
    }

    /** The store of that name; an unknown name is a usage error listing the names. */
    public KeyStore named(String name) {
        switch (name) {
            case SecretServiceStore.NAME:
                return new SecretServiceStore(context);
            case PassStore.NAME:
                return new PassStore(context);
            default:
                throw new AwsMfaException(ExitCode.USAGE, "No key store named '" + name + "': choose one of "
                        + String.join(", ", NAMES) + ", or " + FILE + " for the credentials file.");
        }
    }

    /** The stores that look usable here, in {@link #NAMES} order. */
    public List<KeyStore> usable() {
        List<KeyStore> usable = new ArrayList<>();
        for (String name : NAMES) {
            KeyStore store = named(name);
            if (store.unusable().isEmpty()) {
                usable.add(store);
            }
        }
        return usable;
    }
}
