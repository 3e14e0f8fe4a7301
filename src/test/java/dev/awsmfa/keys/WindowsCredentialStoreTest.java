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
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Windows Credential Manager store against a fake {@code powershell} that decodes the script it is given,
 * finds the entry and the vault call in it, and keeps credentials as files.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the fake powershell is a bash script")
class WindowsCredentialStoreTest {
    private static final LongTermCredentials KEYS = StoreRoundTrip.KEYS;

    @TempDir
    Path temp;
    private FakeStoreTool powershell;
    private WindowsCredentialStore store;

    @BeforeEach
    void fakePowerShell() throws IOException {
        powershell = FakeStoreTool.install(temp, "powershell");
        store = new WindowsCredentialStore(powershell.context(), true);
    }

    @Test
    void keys_put_are_read_back_replaced_and_removed() {
        StoreRoundTrip.check(store, "dev-long-term");
    }

    @Test
    void the_credential_holds_the_json_under_resource_awsmfa_and_the_entry_as_user() throws IOException {
        store.put("dev-long-term", KEYS);

        Path credential = onlyCredential();
        assertEquals("dev-long-term", Files.readString(credential.resolve("user")));
        assertEquals(StoredKeys.encode(KEYS), Files.readString(credential.resolve("password")));
        String script = Files.readString(powershell.store.resolve("script.last"));
        assertTrue(script.contains("PasswordCredential -ArgumentList 'awsmfa', $entry, $json"), script);
    }

    @Test
    void the_secret_and_key_id_never_appear_in_an_argv_only_base64_on_stdin() {
        store.put("dev-long-term", KEYS);
        store.get("dev-long-term");
        store.remove("dev-long-term");

        String argv = powershell.argvLog();
        assertEquals(3, argv.lines().count(), argv);
        assertTrue(argv.lines().allMatch(line -> line.startsWith("-NoProfile -NonInteractive -EncodedCommand ")),
                argv);
        for (String secret : new String[] {KEYS.secretAccessKey(), KEYS.accessKeyId(),
                base64(StoredKeys.encode(KEYS))}) {
            assertFalse(argv.contains(secret), argv);
        }
        assertEquals(base64(StoredKeys.encode(KEYS)), powershell.stdinLog());
    }

    @Test
    void the_script_takes_the_entry_as_a_literal_so_names_with_quotes_and_dollars_survive() throws IOException {
        String entry = "o'brien \"dev\" $HOME `x` \u00e9-long-term";

        store.put(entry, KEYS);

        assertEquals(KEYS, store.get(entry));
        assertEquals(entry, Files.readString(onlyCredential().resolve("user"), StandardCharsets.UTF_8));
        assertTrue(Files.readString(powershell.store.resolve("script.last"), StandardCharsets.UTF_8)
                .contains("$entry = 'o''brien \"dev\" $HOME `x` \u00e9-long-term'\n"));
        store.remove(entry);
        assertThrows(AwsMfaException.class, () -> store.get(entry));
    }

    @Test
    void an_absent_credential_is_refused_by_name_and_removing_it_is_no_error() {
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> store.get("ops-long-term"));

        assertEquals(ExitCode.KEY_STORE, e.exitCode());
        assertEquals("windows: Windows Credential Manager web credential awsmfa user ops-long-term does not exist: "
                + "move the keys there again with awsmfa keys move, or put the IAM user's keys back in the "
                + "credentials file.", e.getMessage());
        store.remove("ops-long-term");
    }

    @Test
    void a_failing_script_is_one_line_with_its_first_line_of_stderr() throws IOException {
        powershell.failWith("Exception calling \"Add\" with \"1\" argument(s): \"Access is denied.\"\n"
                + "At line:9 char:1\n");

        AwsMfaException put = assertThrows(AwsMfaException.class, () -> store.put("dev-long-term", KEYS));
        AwsMfaException get = assertThrows(AwsMfaException.class, () -> store.get("dev-long-term"));
        AwsMfaException remove = assertThrows(AwsMfaException.class, () -> store.remove("dev-long-term"));

        assertEquals(ExitCode.KEY_STORE, put.exitCode());
        assertEquals("windows: writing the credential of dev-long-term failed: powershell exited with status 1 "
                + "(Exception calling \"Add\" with \"1\" argument(s): \"Access is denied.\").", put.getMessage());
        assertTrue(get.getMessage().startsWith("windows: reading the credential of dev-long-term failed: "),
                get.getMessage());
        assertTrue(remove.getMessage().startsWith("windows: removing the credential of dev-long-term failed: "),
                remove.getMessage());
        assertFalse(put.getMessage().contains("At line"), put.getMessage());
    }

    @Test
    void output_that_is_not_base64_is_refused_without_showing_it() throws IOException {
        store.put("dev-long-term", KEYS);
        powershell.turnOn("print-garbage");

        AwsMfaException e = assertThrows(AwsMfaException.class, () -> store.get("dev-long-term"));

        assertEquals(ExitCode.KEY_STORE, e.exitCode());
        assertEquals("windows: Windows Credential Manager web credential awsmfa user dev-long-term could not be "
                + "read: powershell printed something other than the base64 the script writes.", e.getMessage());
    }

    @Test
    void every_failure_leaves_the_script_as_one_line_and_not_found_as_its_own_status() {
        String script = WindowsCredentialStore.script("dev-long-term", "BODY\n");

        assertTrue(script.startsWith("$ErrorActionPreference = 'Stop'\n"), script);
        assertTrue(script.contains("try {\n"), script);
        assertTrue(script.contains("BODY\n} catch {\n"), script);
        assertTrue(script.contains("if ($cause.HResult -eq -2147023728) { exit 3 }"), script);
        assertTrue(script.contains("[Console]::Error.WriteLine($cause.Message)\nexit 1\n"), script);
    }

    @Test
    void usable_only_on_windows_with_windows_powershell_found() throws IOException {
        assertEquals(Optional.empty(), store.unusable());
        assertEquals(Optional.of("the Windows Credential Manager exists only on Windows"),
                new WindowsCredentialStore(powershell.context(), false).unusable());
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertEquals(Optional.of("powershell (Windows PowerShell 5.1) is not on PATH"),
                new WindowsCredentialStore(FakeStoreTool.contextWithPath(empty.toString()), true).unusable());
    }

    @Test
    void is_registered_as_windows_after_the_unix_stores() {
        KeyStore named = new KeyStores(powershell.context()).named("windows");

        assertInstanceOf(WindowsCredentialStore.class, named);
        assertEquals("windows", named.name());
        assertEquals(KeyStores.NAMES.indexOf("pass") + 1, KeyStores.NAMES.indexOf("windows"));
    }

    private Path onlyCredential() throws IOException {
        try (var items = Files.list(powershell.store)) {
            return items.filter(path -> path.getFileName().toString().startsWith("credential-")).findFirst()
                    .orElseThrow();
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
