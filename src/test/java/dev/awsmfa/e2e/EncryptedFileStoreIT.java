package dev.awsmfa.e2e;

import static dev.awsmfa.testing.AwsHome.LONG_TERM_KEY_ID;
import static dev.awsmfa.testing.AwsHome.LONG_TERM_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.PseudoTerminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * {@code awsmfa keys move --to encrypted-file}, run as the packaged {@code target/awsmfa} against a WireMock STS:
 * the passphrase from {@code AWSMFA_FILE_PASSPHRASE} or typed at a pseudo-terminal, the file owner-only and
 * without the secret in clear, a refresh signing with the stored key, and the refusals as one line, exit 15.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the POSIX launcher and checks POSIX modes")
class EncryptedFileStoreIT extends StubbedStsFixture {
    static final String PASSPHRASE = "correct horse battery staple";
    static final String LINE = "credential_process = awsmfa keys get --store encrypted-file --entry dev-long-term\n";

    Path file;

    @BeforeEach
    void keysInTheFile() {
        aws.credentials(KeyStoresIT.BEFORE);
        file = aws.credentialsFile().getParent().resolve("awsmfa-keys").resolve("dev-long-term.enc");
    }

    CliRun.Result awsmfa(String passphrase, String... args) {
        Map<String, String> env = new HashMap<>(aws.env());
        if (passphrase != null) {
            env.put("AWSMFA_FILE_PASSPHRASE", passphrase);
        }
        return AwsMfaProcess.with(env).run(args);
    }

    @Test
    void round_trip_with_the_passphrase_from_the_environment() throws IOException {
        CliRun.Result moved = awsmfa(PASSPHRASE, "keys", "move", "--profile", "dev", "--to", "encrypted-file");
        assertEquals(0, moved.exitCode(), moved::toString);
        assertEquals(KeyStoresIT.KEPT + LINE + KeyStoresIT.OTHER, aws.credentials());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String sealed = Files.readString(file);
        assertTrue(sealed.startsWith("awsmfa-encrypted-keys 1\nkdf PBKDF2WithHmacSHA256\niterations 600000\n"), sealed);
        assertFalse(sealed.contains(LONG_TERM_SECRET) || sealed.contains(LONG_TERM_KEY_ID), sealed);
        assertFalse(moved.err().contains(LONG_TERM_SECRET) || moved.out().contains(LONG_TERM_SECRET), moved::toString);

        CliRun.Result listed = awsmfa(null, "keys", "list");
        assertTrue(listed.out().contains("encrypted file " + file), listed::toString);

        sts.succeeding(43_200);
        CliRun.Result refreshed = awsmfa(PASSPHRASE, "--profile", "dev", "--token", "123456");
        assertEquals(0, refreshed.exitCode(), refreshed::toString);
        assertTrue(sts.requests().get(0).getHeader("Authorization").contains("Credential=" + LONG_TERM_KEY_ID + "/"));

        CliRun.Result back = awsmfa(PASSPHRASE, "keys", "move", "--profile", "dev", "--to", "file");
        assertEquals(0, back.exitCode(), back::toString);
        assertTrue(aws.credentials().startsWith(KeyStoresIT.BACK + "\n[dev]\n"), aws.credentials());
        assertFalse(Files.exists(file), "the store's copy is removed once the file holds the keys");
    }

    @Test
    void a_wrong_passphrase_or_none_is_one_line_and_exit_15() {
        assertEquals(0, awsmfa(PASSPHRASE, "keys", "move", "--profile", "dev", "--to", "encrypted-file").exitCode());

        CliRun.Result wrong = awsmfa("incorrect horse", "keys", "get", "--store", "encrypted-file", "--entry",
                "dev-long-term");
        assertEquals(15, wrong.exitCode(), wrong::toString);
        assertEquals("", wrong.out());
        assertTrue(wrong.err().contains("encrypted-file: the passphrase is wrong or " + file + " was altered (the "
                + "passphrase came from AWSMFA_FILE_PASSPHRASE).\n"), wrong::toString);
        assertEquals(1, wrong.err().lines().count(), wrong::toString);

        CliRun.Result none = AwsMfaProcess.with(aws.env()).withoutTerminal().run("keys", "get", "--store",
                "encrypted-file", "--entry", "dev-long-term");
        assertEquals(15, none.exitCode(), none::toString);
        assertTrue(none.err().contains("encrypted-file: no passphrase for " + file + ": set AWSMFA_FILE_PASSPHRASE, "
                + "or run awsmfa in a terminal to be asked for it.\n"), none::toString);
        assertFalse(none.err().contains(LONG_TERM_SECRET) || wrong.err().contains(LONG_TERM_SECRET));
    }

    @Test
    void typed_at_the_terminal_hidden_twice_to_move_and_once_to_read() throws Exception {
        try (PseudoTerminal terminal = inTerminal("keys move --profile dev --to encrypted-file")) {
            terminal.awaitText("New passphrase for the keys of dev-long-term (" + file + "): ").type(PASSPHRASE + "\n");
            terminal.awaitText("The same passphrase again: ").type(PASSPHRASE + "\n");
            assertEquals(0, terminal.exitCode(), terminal::screen);
            assertFalse(terminal.screen().contains(PASSPHRASE), terminal::screen);
        }
        assertEquals(KeyStoresIT.KEPT + LINE + KeyStoresIT.OTHER, aws.credentials());
        try (PseudoTerminal terminal = inTerminal("keys get --store encrypted-file --entry dev-long-term")) {
            terminal.awaitText("Passphrase for the keys of dev-long-term (" + file + "): ").type(PASSPHRASE + "\n");
            assertEquals(0, terminal.exitCode(), terminal::screen);
            assertTrue(terminal.screen().contains("\"AccessKeyId\": \"" + LONG_TERM_KEY_ID + "\""), terminal::screen);
            assertFalse(terminal.screen().contains(PASSPHRASE), terminal::screen);
        }
    }

    private PseudoTerminal inTerminal(String arguments) {
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        AwsMfaProcess.withSharedCache(env);
        env.putAll(aws.env());
        return PseudoTerminal.run("exec " + AwsMfaProcess.launcher() + " " + arguments, env);
    }
}
