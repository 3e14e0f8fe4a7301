package dev.awsmfa.keys;

import dev.awsmfa.settings.LongTermCredentials;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The freedesktop Secret Service (GNOME Keyring, KeePassXC, KWallet's bridge) through libsecret's
 * {@code secret-tool}: one item with the attributes {@code service=awsmfa profile=PROFILE}, the JSON on
 * {@code secret-tool store}'s stdin; {@code secret-tool lookup service awsmfa profile dev-long-term} reads it back
 * by hand.
 */
final class SecretServiceStore implements KeyStore {
    static final String NAME = "secret-service";

    private final StoreContext context;
    private final StoreProgram tool;

    SecretServiceStore(StoreContext context) {
        this.context = context;
        this.tool = new StoreProgram(context, NAME, "secret-tool", "install libsecret's tool (apt install "
                + "libsecret-tools, dnf install libsecret)");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String where(String entry) {
        return "Secret Service item service=awsmfa profile=" + entry;
    }

    @Override
    public void put(String entry, LongTermCredentials keys) {
        StoreProgram.Ran ran = tool.run(StoredKeys.encode(keys).getBytes(StandardCharsets.UTF_8),
                List.of("store", "--label", "awsmfa: long-term keys of " + entry, "service", "awsmfa", "profile",
                        entry));
        if (ran.status() != 0) {
            throw tool.failed("writing the item of " + entry, ran);
        }
    }

    @Override
    public LongTermCredentials get(String entry) {
        StoreProgram.Ran ran = tool.run(new byte[0], List.of("lookup", "service", "awsmfa", "profile", entry));
        if (ran.status() != 0 || ran.stdout().length == 0) {
            if (ran.firstErrorLine().isEmpty()) {
                // secret-tool says nothing when no item matches.
                throw tool.failure(where(entry) + " does not exist (or the keyring is locked and was not "
                        + "unlocked): move the keys there again with awsmfa keys move.");
            }
            throw tool.failed("reading the item of " + entry, ran);
        }
        return StoredKeys.decode(ran.text(), where(entry));
    }

    @Override
    public void remove(String entry) {
        StoreProgram.Ran ran = tool.run(new byte[0], List.of("clear", "service", "awsmfa", "profile", entry));
        if (ran.status() != 0 && !ran.firstErrorLine().isEmpty()) {
            throw tool.failed("removing the item of " + entry, ran);
        }
    }

    @Override
    public Optional<String> unusable() {
        if (!tool.installed()) {
            return Optional.of("secret-tool is not on PATH");
        }
        boolean bus = context.env().get("DBUS_SESSION_BUS_ADDRESS").isPresent()
                || context.env().get("XDG_RUNTIME_DIR").map(Path::of).map(dir -> Files.exists(dir.resolve("bus")))
                        .orElse(false);
        return bus ? Optional.empty() : Optional.of("there is no D-Bus session bus (a desktop session) to reach it on");
    }
}
