package dev.awsmfa.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.mfa.InputProgramRunner;
import dev.awsmfa.mfa.Terminal;
import dev.awsmfa.settings.LongTermCredentials;
import dev.awsmfa.testing.FakeTerminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The encrypted file store: its files, its cipher, and where its passphrase comes from, with a scripted terminal. */
class EncryptedFileStoreTest {
    static final String ENTRY = "dev-long-term";
    static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    static final LongTermCredentials KEYS = new LongTermCredentials(KEY_ID, SECRET);
    static final String PASSPHRASE = "correct horse battery staple";
    /** Enough to run every step; the real count is tested once, in {@link Format}. */
    static final int FEW_ITERATIONS = EncryptedEntry.MIN_ITERATIONS;
    static final InputProgramRunner NO_PROGRAMS = (argv, input, timeout, max) -> {
        throw new AssertionError("the encrypted file store runs no program, but ran " + argv);
    };

    @TempDir
    Path home;

    Path aws() {
        return home.resolve(".aws");
    }

    Path fileOf(String segment) {
        return aws().resolve("awsmfa-keys").resolve(segment + ".enc");
    }

    Path file() {
        return fileOf(ENTRY);
    }

    /** A store as one run of awsmfa has it: a new one is a new run, which remembers no passphrase. */
    EncryptedFileStore store(Env env, Terminal terminal) {
        return new EncryptedFileStore(new StoreContext(env, NO_PROGRAMS, terminal, aws().resolve("credentials")),
                FEW_ITERATIONS);
    }

    EncryptedFileStore storeWith(String passphrase) {
        return store(Env.of(Map.of(FilePassphrase.VARIABLE, passphrase)), FakeTerminal.none());
    }

    String content() throws IOException {
        return Files.readString(file(), StandardCharsets.US_ASCII);
    }

    /** Rewrites one line of the entry's file, as someone editing or corrupting it would. */
    void replaceLine(String name, String value) throws IOException {
        StringBuilder edited = new StringBuilder();
        for (String line : content().split("\n")) {
            edited.append(line.startsWith(name + " ") ? name + " " + value : line).append('\n');
        }
        Files.writeString(file(), edited, StandardCharsets.US_ASCII);
    }

    /** The bytes of one base64 line of the file, with the byte at {@code index} flipped. */
    String flipped(String name, int index) throws IOException {
        for (String line : content().split("\n")) {
            if (line.startsWith(name + " ")) {
                byte[] bytes = Base64.getDecoder().decode(line.substring(name.length() + 1));
                bytes[index] ^= 1;
                return Base64.getEncoder().encodeToString(bytes);
            }
        }
        throw new AssertionError("no line " + name + " in " + file());
    }

    static AwsMfaException refusal(Executable step) {
        AwsMfaException e = assertThrows(AwsMfaException.class, step);
        assertEquals(ExitCode.KEY_STORE, e.exitCode(), e.getMessage());
        assertTrue(e.getMessage().startsWith("encrypted-file: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET) || e.getMessage().contains(KEY_ID)
                || e.getMessage().contains(PASSPHRASE), e.getMessage());
        return e;
    }

    String wrongPassphraseFromEnvironment() {
        return "encrypted-file: the passphrase is wrong or " + file() + " was altered (the passphrase came from "
                + "AWSMFA_FILE_PASSPHRASE).";
    }

    @Nested
    class RoundTrip {
        @Test
        void keys_put_in_one_run_are_read_back_in_the_next() {
            storeWith(PASSPHRASE).put(ENTRY, KEYS);
            assertEquals(KEYS, storeWith(PASSPHRASE).get(ENTRY));
        }

        @Test
        void it_keeps_replaces_gives_back_and_forgets_an_entry_as_every_store_does() {
            StoreRoundTrip.check(storeWith(PASSPHRASE), ENTRY);
        }

        @Test
        void each_entry_is_a_file_in_awsmfa_keys_beside_the_credentials_file() {
            EncryptedFileStore store = storeWith(PASSPHRASE);
            store.put(ENTRY, KEYS);
            store.put("../.evil/x", new LongTermCredentials("AKIAI44QH8DHBEXAMPLE", SECRET));
            assertTrue(Files.isRegularFile(file()));
            assertTrue(Files.isRegularFile(fileOf("%2E.%2F.evil%2Fx")), "the name stays one file in the folder");
            assertEquals("encrypted file " + file(), store.where(ENTRY));
            assertEquals(KEYS, store.get(ENTRY));
        }

        @Test
        void a_put_replaces_the_entry() {
            LongTermCredentials rotated = new LongTermCredentials("AKIAI44QH8DHBEXAMPLE", "other" + SECRET);
            storeWith(PASSPHRASE).put(ENTRY, KEYS);
            storeWith(PASSPHRASE).put(ENTRY, rotated);
            assertEquals(rotated, storeWith(PASSPHRASE).get(ENTRY));
        }

        @Test
        void remove_deletes_the_file_and_an_absent_entry_is_no_error() throws IOException {
            storeWith(PASSPHRASE).put(ENTRY, KEYS);
            storeWith(PASSPHRASE).remove(ENTRY);
            assertFalse(Files.exists(file()));
            storeWith(PASSPHRASE).remove(ENTRY);
            storeWith(PASSPHRASE).remove("never-written");
            try (var left = Files.list(file().getParent())) {
                assertEquals(List.of(), left.toList());
            }
        }

        @Test
        void an_absent_entry_is_refused_with_what_to_do() {
            AwsMfaException e = refusal(() -> storeWith(PASSPHRASE).get(ENTRY));
            assertEquals("encrypted-file: encrypted file " + file() + " does not exist: move the keys there again "
                + "with awsmfa keys move, or put the IAM user's keys back in the credentials file.", e.getMessage());
        }

        @Test
        void the_store_is_always_usable_and_registered_last() {
            assertEquals(Optional.empty(), storeWith(PASSPHRASE).unusable());
            KeyStores stores = new KeyStores(new StoreContext(Env.of(Map.of()), NO_PROGRAMS, FakeTerminal.none(),
                    aws().resolve("credentials")));
            assertEquals("encrypted-file", stores.named("encrypted-file").name());
            assertEquals("encrypted-file", KeyStores.NAMES.get(KeyStores.NAMES.size() - 1));
            assertTrue(stores.usable().stream().anyMatch(s -> s.name().equals("encrypted-file")));
        }
    }

    @Nested
    class Format {
        @Test
        void the_file_names_its_parameters_and_holds_the_keys_only_encrypted() throws IOException {
            storeWith(PASSPHRASE).put(ENTRY, KEYS);
            String text = content();
            assertTrue(text.startsWith("awsmfa-encrypted-keys 1\nkdf PBKDF2WithHmacSHA256\niterations "
                    + FEW_ITERATIONS + "\ncipher AES-256-GCM\nsalt "), text);
            String json = StoredKeys.encode(KEYS);
            for (String clear : List.of(KEY_ID, SECRET, "Version", PASSPHRASE, ENTRY)) {
                assertFalse(text.contains(clear), clear + " in " + text);
            }
            // Nor base64 of the JSON, whatever its alignment in a base64 line.
            for (int skip = 0; skip < 3; skip++) {
                String encoded = Base64.getEncoder().encodeToString(json.substring(skip).getBytes(
                        StandardCharsets.UTF_8));
                assertFalse(text.contains(encoded.substring(4, 24)), text);
            }
        }

        @Test
        void salt_and_nonce_are_fresh_random_bytes_of_their_sizes_at_each_put() throws IOException {
            storeWith(PASSPHRASE).put(ENTRY, KEYS);
            EncryptedEntry first = EncryptedEntry.parse(content(), file());
            storeWith(PASSPHRASE).put(ENTRY, KEYS);
            EncryptedEntry second = EncryptedEntry.parse(content(), file());
            assertEquals(16, first.salt().length);
            assertEquals(12, first.nonce().length);
            assertEquals(StoredKeys.encode(KEYS).length() + 16, first.ciphertext().length, "JSON and 128-bit tag");
            assertNotEquals(Base64.getEncoder().encodeToString(first.salt()),
                    Base64.getEncoder().encodeToString(second.salt()));
            assertNotEquals(Base64.getEncoder().encodeToString(first.nonce()),
                    Base64.getEncoder().encodeToString(second.nonce()));
        }

        @Test
        void the_real_store_derives_with_600000_iterations_and_any_count_in_the_file_is_honoured() throws IOException {
            Env env = Env.of(Map.of(FilePassphrase.VARIABLE, PASSPHRASE));
            new EncryptedFileStore(new StoreContext(env, NO_PROGRAMS, FakeTerminal.none(),
                    aws().resolve("credentials"))).put(ENTRY, KEYS);
            assertTrue(content().contains("\niterations 600000\n"), content());
            assertEquals(KEYS, storeWith(PASSPHRASE).get(ENTRY), "read by a store that writes fewer");
        }

        @Test
        void a_newer_format_version_is_named() throws IOException {
            storeWith(PASSPHRASE).put(ENTRY, KEYS);
            Files.writeString(file(), content().replace("awsmfa-encrypted-keys 1\n", "awsmfa-encrypted-keys 2\n"));
            assertTrue(refusal(() -> storeWith(PASSPHRASE).get(ENTRY)).getMessage().contains(
                    "has format version 2, which this awsmfa cannot read (it reads 1)"));
        }

        @Test
        void a_file_not_as_written_is_refused_naming_the_line_before_any_passphrase_is_asked() throws IOException {
            storeWith(PASSPHRASE).put(ENTRY, KEYS);
            replaceLine("nonce", "AAAA");
            FakeTerminal terminal = FakeTerminal.typing(PASSPHRASE);
            AwsMfaException e = refusal(() -> store(Env.of(Map.of()), terminal).get(ENTRY));
            assertEquals("encrypted-file: " + file() + " line 6 should hold a nonce of 12 bytes: the file is not as "
                    + "awsmfa wrote it; restore it from a backup, or put the IAM user's keys back in the credentials "
                    + "file.", e.getMessage());
            assertEquals(List.of(), terminal.prompts);
        }

        @Test
        void each_malformed_line_is_named() throws IOException {
            storeWith(PASSPHRASE).put(ENTRY, KEYS);
            String good = content();
            Map<String, String> lineOfEdit = Map.of(
                    good.replace("kdf PBKDF2WithHmacSHA256", "kdf scrypt"), "line 2 ",
                    good.replace("iterations 1000", "iterations 2147483647"), "line 3 ",
                    good.replace("iterations 1000", "iterations -5"), "line 3 ",
                    good.replace("cipher AES-256-GCM", "cipher AES-128-CBC"), "line 4 ",
                    good.replace("\nsalt ", "\nsalt !"), "line 5 ",
                    good.replace("\nciphertext ", "\nciphertext AAAA\nx "), "line 7 ",
                    good + "extra\n", "line 8 ",
                    "", "line 1 ");
            for (Map.Entry<String, String> edit : lineOfEdit.entrySet()) {
                Files.writeString(file(), edit.getKey());
                String message = refusal(() -> storeWith(PASSPHRASE).get(ENTRY)).getMessage();
                assertTrue(message.contains(file() + " " + edit.getValue()), message);
            }
        }
    }

    @Nested
    class Tampering {
        @Test
        void a_wrong_passphrase_is_one_line_naming_the_file() {
            storeWith(PASSPHRASE).put(ENTRY, KEYS);
            assertEquals(wrongPassphraseFromEnvironment(),
                    refusal(() -> storeWith("incorrect horse").get(ENTRY)).getMessage());
        }

        @Test
        void any_changed_byte_of_ciphertext_tag_nonce_or_salt_is_refused_like_a_wrong_passphrase() throws IOException {
            storeWith(PASSPHRASE).put(ENTRY, KEYS);
            String good = content();
            int tagByte = StoredKeys.encode(KEYS).length() + 3;
            String[][] edits = {{"ciphertext", flipped("ciphertext", 0)}, {"ciphertext", flipped("ciphertext",
                    tagByte)}, {"nonce", flipped("nonce", 11)}, {"salt", flipped("salt", 5)}, {"iterations", "1001"}};
            for (String[] edit : edits) {
                Files.writeString(file(), good);
                replaceLine(edit[0], edit[1]);
                assertEquals(wrongPassphraseFromEnvironment(), refusal(() -> storeWith(PASSPHRASE).get(ENTRY))
                        .getMessage(), edit[0]);
            }
            Files.writeString(file(), good);
            assertEquals(KEYS, storeWith(PASSPHRASE).get(ENTRY), "the good file still opens");
        }

        @Test
        void a_file_copied_over_another_entrys_file_does_not_open_even_with_the_same_passphrase() throws IOException {
            LongTermCredentials prodKeys = new LongTermCredentials("AKIAI44QH8DHBEXAMPLE", "prod" + SECRET);
            storeWith(PASSPHRASE).put(ENTRY, KEYS);
            storeWith(PASSPHRASE).put("prod-long-term", prodKeys);
            Files.copy(fileOf("prod-long-term"), file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertEquals(wrongPassphraseFromEnvironment(), refusal(() -> storeWith(PASSPHRASE).get(ENTRY))
                    .getMessage());
            assertEquals(prodKeys, storeWith(PASSPHRASE).get("prod-long-term"));
        }
    }

    @Nested
    class OnDisk {
        @Test
        @DisabledOnOs(value = OS.WINDOWS, disabledReason = "no POSIX modes: the folder's ACL is inherited")
        void the_folder_is_0700_and_the_file_0600_even_after_someone_widened_it() throws IOException {
            storeWith(PASSPHRASE).put(ENTRY, KEYS);
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent())));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
            Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));
            storeWith(PASSPHRASE).put(ENTRY, KEYS);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
        }

        @Test
        void the_file_is_replaced_whole_leaving_no_temporary_file() throws IOException {
            storeWith(PASSPHRASE).put(ENTRY, KEYS);
            storeWith(PASSPHRASE).put(ENTRY, KEYS);
            try (var names = Files.list(file().getParent())) {
                assertEquals(List.of(file()), names.toList());
            }
        }

        @Test
        @DisabledOnOs(value = OS.WINDOWS, disabledReason = "creating a symbolic link needs a privilege there")
        void a_symbolic_link_at_the_entry_is_refused_and_never_followed() throws IOException {
            storeWith(PASSPHRASE).put("elsewhere", KEYS);
            Path target = fileOf("elsewhere");
            String targetBefore = Files.readString(target);
            Files.createSymbolicLink(file(), target);
            String expected = "encrypted-file: " + file() + " is a symbolic link, not a regular file: awsmfa uses "
                    + "only the file it wrote there; remove it, and move the keys there again.";
            FakeTerminal terminal = FakeTerminal.typing(PASSPHRASE);
            EncryptedFileStore asking = store(Env.of(Map.of()), terminal);
            assertEquals(expected, refusal(() -> asking.get(ENTRY)).getMessage());
            assertEquals(expected, refusal(() -> asking.put(ENTRY, KEYS)).getMessage());
            assertEquals(expected, refusal(() -> asking.remove(ENTRY)).getMessage());
            assertEquals(List.of(), terminal.prompts, "refused before asking");
            assertTrue(Files.isSymbolicLink(file()));
            assertEquals(targetBefore, Files.readString(target));
        }

        @Test
        void a_folder_at_the_entry_and_a_file_at_the_folder_are_refused() throws IOException {
            Files.createDirectories(file());
            assertTrue(refusal(() -> storeWith(PASSPHRASE).get(ENTRY)).getMessage().contains(
                    " is a directory, not a regular file"));
            Files.delete(file());
            Files.delete(file().getParent());
            Files.writeString(file().getParent(), "not a folder");
            assertTrue(refusal(() -> storeWith(PASSPHRASE).put(ENTRY, KEYS)).getMessage().contains(
                    file().getParent() + " is a regular file, not the folder of awsmfa's encrypted files"));
        }

        @Test
        void a_file_over_64_kib_is_refused_unread() throws IOException {
            Files.createDirectories(file().getParent());
            Files.write(file(), new byte[64 * 1024 + 1]);
            assertTrue(refusal(() -> storeWith(PASSPHRASE).get(ENTRY)).getMessage().contains(
                    " holds more than 64 KiB"));
            Files.write(file(), new byte[64 * 1024]);
            assertTrue(refusal(() -> storeWith(PASSPHRASE).get(ENTRY)).getMessage().contains(" line 1 "),
                    "64 KiB itself is read, and refused as not ours");
        }
    }

    @Nested
    class Passphrase {
        @Test
        void from_the_environment_nothing_is_asked() {
            FakeTerminal terminal = FakeTerminal.typing("typed");
            Env env = Env.of(Map.of(FilePassphrase.VARIABLE, PASSPHRASE));
            store(env, terminal).put(ENTRY, KEYS);
            assertEquals(KEYS, store(env, terminal).get(ENTRY));
            assertEquals(List.of(), terminal.prompts);
        }

        @Test
        void on_the_terminal_a_put_asks_twice_and_a_get_once_hidden_naming_entry_and_file() {
            FakeTerminal writing = FakeTerminal.typing(PASSPHRASE);
            store(Env.of(Map.of()), writing).put(ENTRY, KEYS);
            assertEquals(List.of("New passphrase for the keys of dev-long-term (" + file() + "): ",
                    "The same passphrase again: "), writing.prompts);
            FakeTerminal reading = FakeTerminal.typing(PASSPHRASE);
            assertEquals(KEYS, store(Env.of(Map.of()), reading).get(ENTRY));
            assertEquals(List.of("Passphrase for the keys of dev-long-term (" + file() + "): "),
                    reading.prompts);
            assertEquals(List.of(), writing.visiblePrompts);
            assertEquals(List.of(), reading.visiblePrompts);
        }

        @Test
        void the_passphrase_typed_in_a_run_serves_that_run_only() {
            FakeTerminal terminal = FakeTerminal.typing(PASSPHRASE);
            EncryptedFileStore run = store(Env.of(Map.of()), terminal);
            run.put(ENTRY, KEYS);
            assertEquals(KEYS, run.get(ENTRY), "keys move reads back what it wrote");
            run.put(ENTRY, KEYS);
            assertEquals(2, terminal.prompts.size(), "asked once, confirmed once: " + terminal.prompts);
            assertEquals(KEYS, store(Env.of(Map.of()), terminal).get(ENTRY));
            assertEquals(3, terminal.prompts.size(), "the next run asks again");
            run.remove(ENTRY);
            run.put(ENTRY, KEYS);
            assertEquals(5, terminal.prompts.size(), "a removed entry's passphrase is forgotten: " + terminal.prompts);
        }

        @Test
        void a_wrong_passphrase_typed_is_not_kept_for_the_next_try() {
            storeWith(PASSPHRASE).put(ENTRY, KEYS);
            EncryptedFileStore run = store(Env.of(Map.of()), FakeTerminal.typing("incorrect horse", PASSPHRASE));
            assertEquals("encrypted-file: the passphrase is wrong or " + file() + " was altered.",
                    refusal(() -> run.get(ENTRY)).getMessage());
            assertEquals(KEYS, run.get(ENTRY));
        }

        @Test
        void two_different_passphrases_at_the_confirmation_write_nothing() {
            AwsMfaException e = refusal(() -> store(Env.of(Map.of()), FakeTerminal.typing(PASSPHRASE, "typo"))
                    .put(ENTRY, KEYS));
            assertEquals("encrypted-file: the two passphrases differ: nothing was written to " + file()
                    + "; run the command again.", e.getMessage());
            assertFalse(Files.exists(file()));
        }

        @Test
        void without_a_terminal_or_the_variable_nothing_is_asked_and_the_line_says_what_to_do() {
            String expected = "encrypted-file: no passphrase for " + file() + ": set AWSMFA_FILE_PASSPHRASE, or run "
                    + "awsmfa in a terminal to be asked for it.";
            assertEquals(expected, refusal(() -> store(Env.of(Map.of()), FakeTerminal.none()).put(ENTRY, KEYS))
                    .getMessage());
            assertFalse(Files.exists(file()));
            storeWith(PASSPHRASE).put(ENTRY, KEYS);
            assertEquals(expected, refusal(() -> store(Env.of(Map.of(FilePassphrase.VARIABLE, "")),
                    FakeTerminal.none()).get(ENTRY)).getMessage(), "an empty variable is unset");
        }

        @Test
        void an_empty_passphrase_is_refused_typed_or_blank_in_the_variable() {
            String message = refusal(() -> store(Env.of(Map.of()), FakeTerminal.typing("")).put(ENTRY, KEYS))
                    .getMessage();
            assertEquals("encrypted-file: an empty passphrase can neither protect nor open " + file() + ": type the "
                    + "passphrase at the prompt, or set AWSMFA_FILE_PASSPHRASE.", message);
            assertTrue(refusal(() -> storeWith("   ").put(ENTRY, KEYS)).getMessage().contains(
                    "AWSMFA_FILE_PASSPHRASE holds only blanks"));
            assertFalse(Files.exists(file()));
        }

        @Test
        void the_passphrase_is_used_verbatim_spaces_and_all() {
            storeWith(" spaced out ").put(ENTRY, KEYS);
            assertEquals(KEYS, store(Env.of(Map.of()), FakeTerminal.typing(" spaced out ")).get(ENTRY));
            refusal(() -> storeWith("spaced out").get(ENTRY));
        }
    }

    @Test
    void associated_data_binds_the_version_line_and_the_entry_name() {
        assertArrayEquals("awsmfa-encrypted-keys 1\ndev-long-term".getBytes(StandardCharsets.UTF_8),
                PassphraseCipher.associatedData(ENTRY));
    }
}
