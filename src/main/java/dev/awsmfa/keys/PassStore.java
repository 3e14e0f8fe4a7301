package dev.awsmfa.keys;

import dev.awsmfa.settings.LongTermCredentials;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code pass}, the standard Unix password manager: one GPG-encrypted entry {@code awsmfa/PROFILE} in the
 * password store ({@code PASSWORD_STORE_DIR}, else {@code ~/.password-store}), written through {@code pass insert
 * --multiline} with the JSON on stdin, so it is never in an argv.
 */
final class PassStore implements KeyStore {
    static final String NAME = "pass";
    private static final String FOLDER = "awsmfa/";

    private final StoreContext context;
    private final StoreProgram pass;

    PassStore(StoreContext context) {
        this.context = context;
        this.pass = new StoreProgram(context, NAME, "pass", "install it (apt install pass, brew install pass) and run "
                + "pass init with your GPG key id");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String where(String entry) {
        return "pass entry " + path(entry);
    }

    @Override
    public void put(String entry, LongTermCredentials keys) {
        byte[] json = (StoredKeys.encode(keys) + "\n").getBytes(StandardCharsets.UTF_8);
        StoreProgram.Ran ran = pass.run(json, List.of("insert", "--multiline", "--force", path(entry)));
        if (ran.status() != 0) {
            throw pass.failed("writing " + path(entry), ran);
        }
    }

    @Override
    public LongTermCredentials get(String entry) {
        StoreProgram.Ran ran = pass.run(new byte[0], List.of("show", path(entry)));
        if (ran.status() != 0) {
            if (absent(ran)) {
                throw pass.absent(where(entry));
            }
            throw pass.failed("reading " + path(entry), ran);
        }
        return StoredKeys.decode(ran.text(), where(entry));
    }

    @Override
    public void remove(String entry) {
        StoreProgram.Ran ran = pass.run(new byte[0], List.of("rm", "--force", path(entry)));
        if (ran.status() != 0 && !absent(ran)) {
            throw pass.failed("removing " + path(entry), ran);
        }
    }

    @Override
    public Optional<String> unusable() {
        if (!pass.installed()) {
            return Optional.of("pass is not on PATH");
        }
        Path store = context.env().get("PASSWORD_STORE_DIR").map(Path::of)
                .orElse(Path.of(context.env().get("HOME").orElse(System.getProperty("user.home")), ".password-store"));
        if (!Files.isRegularFile(store.resolve(".gpg-id"))) {
            return Optional.of("the password store " + store + " is not set up (run pass init with your GPG key id)");
        }
        return Optional.empty();
    }

    private static boolean absent(StoreProgram.Ran ran) {
        return ran.firstErrorLine().contains("is not in the password store");
    }

    private static String path(String entry) {
        return FOLDER + EntryNames.segment(entry);
    }
}
