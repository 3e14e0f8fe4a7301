package dev.awsmfa.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.settings.LongTermCredentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The macOS Keychain store against a fake {@code security} that splits {@code security -i}'s line as Apple's does. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the fake security is a bash script")
class KeychainStoreTest {
    private static final LongTermCredentials KEYS = StoreRoundTrip.KEYS;

    @TempDir
    Path temp;
    private FakeStoreTool security;
    private KeychainStore store;

    @BeforeEach
    void fakeSecurity() throws IOException {
        security = FakeStoreTool.install(temp, "security");
        store = new KeychainStore(security.context(), true, temp.resolve("no-system-security"));
    }

    @Test
    void keys_put_are_read_back_replaced_and_removed() {
        StoreRoundTrip.check(store, "dev-long-term");
    }

    @Test
    void the_item_is_a_generic_password_of_service_awsmfa_with_a_label_naming_the_profile() throws IOException {
        store.put("dev-long-term", KEYS);

        Path item = onlyItem();
        assertEquals("dev-long-term", Files.readString(item.resolve("account")));
        assertEquals("awsmfa: long-term keys of dev-long-term", Files.readString(item.resolve("label")));
        assertEquals(StoredKeys.encode(KEYS), Files.readString(item.resolve("password")));
        assertTrue(security.stdinLog().startsWith("add-generic-password -U -s awsmfa -a "), security.stdinLog());
    }

    @Test
    void the_secret_and_key_id_never_appear_in_an_argv_only_in_hex_on_stdin() {
        store.put("dev-long-term", KEYS);
        store.get("dev-long-term");
        store.remove("dev-long-term");

        String argv = security.argvLog();
        assertTrue(argv.contains("-i") && argv.contains("find-generic-password")
                && argv.contains("delete-generic-password"), argv);
        for (String secret : new String[] {KEYS.secretAccessKey(), KEYS.accessKeyId(),
                hex(KEYS.secretAccessKey()), hex(KEYS.accessKeyId())}) {
            assertFalse(argv.contains(secret), argv);
        }
        assertTrue(security.stdinLog().contains(hex(KEYS.secretAccessKey())), security.stdinLog());
        assertFalse(security.stdinLog().contains(KEYS.secretAccessKey()), security.stdinLog());
    }

    @Test
    void an_absent_item_is_refused_by_name_and_removing_it_is_no_error() {
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> store.get("ops-long-term"));

        assertEquals(ExitCode.KEY_STORE, e.exitCode());
        assertEquals("keychain: macOS Keychain item service=awsmfa account=ops-long-term does not exist: move the "
                + "keys there again with awsmfa keys move, or put the IAM user's keys back in the credentials file.",
                e.getMessage());
        store.remove("ops-long-term");
    }

    @Test
    void a_failing_tool_is_one_line_with_its_first_line_of_stderr() throws IOException {
        security.failWith("security: SecKeychainItemCreateFromContent (<default>): User interaction is not allowed."
                + "\nadd-generic-password: returned 36\n");

        AwsMfaException put = assertThrows(AwsMfaException.class, () -> store.put("dev-long-term", KEYS));
        AwsMfaException get = assertThrows(AwsMfaException.class, () -> store.get("dev-long-term"));
        AwsMfaException remove = assertThrows(AwsMfaException.class, () -> store.remove("dev-long-term"));

        assertEquals(ExitCode.KEY_STORE, put.exitCode());
        assertEquals("keychain: writing the item of dev-long-term failed: security exited with status 1 (security: "
                + "SecKeychainItemCreateFromContent (<default>): User interaction is not allowed.).", put.getMessage());
        assertTrue(get.getMessage().startsWith("keychain: reading the item of dev-long-term failed: "),
                get.getMessage());
        assertTrue(remove.getMessage().startsWith("keychain: removing the item of dev-long-term failed: "),
                remove.getMessage());
        assertFalse(put.getMessage().contains("returned 36"), put.getMessage());
    }

    @Test
    void names_with_spaces_quotes_backslashes_and_dollars_survive_the_line() throws IOException {
        String entry = "o'brien \"dev\" \\ $HOME `x` \u00e9-long-term";

        store.put(entry, KEYS);

        assertEquals(KEYS, store.get(entry));
        Path item = onlyItem();
        assertEquals(entry, Files.readString(item.resolve("account"), StandardCharsets.UTF_8));
        assertEquals("awsmfa: long-term keys of " + entry, Files.readString(item.resolve("label"),
                StandardCharsets.UTF_8));
        store.remove(entry);
        assertThrows(AwsMfaException.class, () -> store.get(entry));
    }

    @Test
    void a_name_the_line_cannot_carry_is_refused_before_the_tool_runs() {
        AwsMfaException lineBreak = assertThrows(AwsMfaException.class, () -> store.put("dev\nx-long-term", KEYS));
        AwsMfaException tooLong = assertThrows(AwsMfaException.class,
                () -> store.put("p".repeat(4000) + "-long-term", KEYS));

        assertEquals(ExitCode.KEY_STORE, lineBreak.exitCode());
        assertTrue(lineBreak.getMessage().startsWith("keychain: the profile name dev\nx-long-term cannot be a "
                + "Keychain account through security -i"), lineBreak.getMessage());
        assertTrue(tooLong.getMessage().contains("rename the profile, or choose another store"), tooLong.getMessage());
        assertEquals("", security.argvLog());
    }

    @Test
    void a_password_printed_in_hex_is_decoded() throws IOException {
        store.put("dev-long-term", KEYS);
        security.turnOn("print-hex");

        assertEquals(KEYS, store.get("dev-long-term"));
    }

    @Test
    void the_printed_password_is_the_json_or_its_hex() {
        String json = StoredKeys.encode(KEYS);
        assertEquals(json, KeychainStore.password(json + "\n"));
        assertEquals(json, KeychainStore.password(hex(json) + "\n"));
        assertEquals("abc", KeychainStore.password("abc\n"));
        assertEquals("", KeychainStore.password("\n"));
    }

    @Test
    void the_words_of_the_line_quote_only_backslash_and_double_quote() {
        assertEquals("\"a b\"", KeychainStore.quoted("a b"));
        assertEquals("\"it's \\\"x\\\" \\\\\"", KeychainStore.quoted("it's \"x\" \\"));
        assertEquals("\"\"", KeychainStore.quoted(""));
    }

    @Test
    void usable_only_on_macos_with_security_found() throws IOException {
        assertEquals(Optional.empty(), store.unusable());
        assertEquals(Optional.of("the macOS Keychain exists only on macOS"),
                new KeychainStore(security.context(), false, temp.resolve("none")).unusable());
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertEquals(Optional.of("security is not on PATH"),
                new KeychainStore(FakeStoreTool.contextWithPath(empty.toString()), true, temp.resolve("none"))
                        .unusable());
    }

    @Test
    void on_macos_the_system_security_is_preferred_to_one_on_path() throws IOException {
        FakeStoreTool system = FakeStoreTool.install(temp.resolve("system"), "security");
        KeychainStore preferring = new KeychainStore(security.context(), true, system.bin.resolve("security"));

        preferring.put("dev-long-term", KEYS);

        assertTrue(system.argvLog().contains("-i"), system.argvLog());
        assertEquals("", security.argvLog());
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertEquals(Optional.empty(), new KeychainStore(FakeStoreTool.contextWithPath(empty.toString()), true,
                system.bin.resolve("security")).unusable());
    }

    @Test
    void a_missing_tool_is_a_key_store_line_saying_so() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        KeychainStore without = new KeychainStore(FakeStoreTool.contextWithPath(empty.toString()), true,
                temp.resolve("none"));

        AwsMfaException e = assertThrows(AwsMfaException.class, () -> without.get("dev-long-term"));

        assertEquals(ExitCode.KEY_STORE, e.exitCode());
        assertTrue(e.getMessage().startsWith("keychain: security is not on PATH: it comes with macOS"),
                e.getMessage());
    }

    @Test
    void is_registered_as_keychain_first_of_the_stores() {
        KeyStore named = new KeyStores(security.context()).named("keychain");

        assertInstanceOf(KeychainStore.class, named);
        assertEquals("keychain", named.name());
        assertEquals(0, KeyStores.NAMES.indexOf("keychain"));
    }

    private Path onlyItem() throws IOException {
        try (var items = Files.list(security.store)) {
            return items.filter(path -> path.getFileName().toString().startsWith("item-")).findFirst().orElseThrow();
        }
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }
}
