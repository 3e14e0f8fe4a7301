package dev.awsmfa.session;

import static dev.awsmfa.testing.AwsHome.LONG_TERM_KEY_ID;
import static dev.awsmfa.testing.AwsHome.LONG_TERM_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.files.AwsFiles;
import dev.awsmfa.keys.KeyStores;
import dev.awsmfa.keys.LongTermKeyReader;
import dev.awsmfa.settings.LongTermCredentials;
import dev.awsmfa.settings.SettingsResolver;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.FakeKeyStore;
import dev.awsmfa.testing.Options;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The move's order and what each failure or crash leaves, with in-memory stores and a real credentials file. */
class KeyMoveTest {
    static final LongTermCredentials KEYS = new LongTermCredentials(LONG_TERM_KEY_ID, LONG_TERM_SECRET);
    static final String TOP = "; my own comment\n[default]\nregion = us-east-1\n\n";
    static final String SECTION = "[dev-long-term]\naws_mfa_device = arn:aws:iam::123456789012:mfa/alice\n";
    static final String KEY_LINES = "aws_access_key_id = " + LONG_TERM_KEY_ID + "\naws_secret_access_key = "
            + LONG_TERM_SECRET + "\n";
    static final String TAIL = "\n# trailing\n[other]\nx = 1\n";
    static final String IN_FILE = TOP + SECTION + KEY_LINES + TAIL;
    static final String IN_A = TOP + SECTION + "credential_process = awsmfa keys get --store a --entry dev-long-term\n"
            + TAIL;
    static final String IN_B = IN_A.replace("--store a", "--store b");

    /** A crash, thrown where a checkpoint stops the move. */
    static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @TempDir
    Path dir;
    AwsHome aws;
    FakeKeyStore a;
    FakeKeyStore b;
    KeyStores stores;
    final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void home() {
        aws = new AwsHome(dir).credentials(IN_FILE);
        a = new FakeKeyStore("a");
        b = new FakeKeyStore("b");
        stores = KeyStores.of(a, b);
    }

    KeyMove.Moved move(String to) {
        return move(to, step -> {
        });
    }

    KeyMove.Moved move(String to, KeyMove.Checkpoint checkpoint) {
        Reporter reporter = new Reporter() {
            @Override
            public void warn(String message) {
                warnings.add(message);
            }
        };
        return new KeyMove(AwsFiles.of(Env.of(aws.env())), Env.of(aws.env()), stores, checkpoint, reporter)
                .move(Options.profile("dev"), to);
    }

    /** The keys as awsmfa would read them for a new session, from wherever the file says they are. */
    LongTermCredentials working() {
        AwsFiles files = AwsFiles.of(Env.of(aws.env()));
        SettingsResolver resolver = new SettingsResolver(Env.of(aws.env()), files.credentials(), files.config());
        return new LongTermKeyReader(CliRun.NO_PROGRAMS, stores)
                .read(resolver.longTermKeys(resolver.sections(Options.profile("dev"))));
    }

    @Test
    void into_a_store_writes_reads_back_then_switches_the_section() {
        KeyMove.Moved moved = move("a");
        assertTrue(moved.moved());
        assertEquals(List.of("put dev-long-term", "get dev-long-term"), a.calls);
        assertEquals(IN_A, aws.credentials());
        assertEquals(KEYS, a.entries.get("dev-long-term"));
        assertEquals(KEYS, working());
    }

    @Test
    void back_to_the_file_switches_then_empties_the_store() {
        move("a");
        a.calls.clear();
        move(KeyStores.FILE);
        assertEquals(List.of("get dev-long-term", "remove dev-long-term"), a.calls);
        assertEquals(IN_FILE, aws.credentials(), "the key lines were the section's last: the file is as it was");
        assertTrue(a.entries.isEmpty());
    }

    @Test
    void from_one_store_to_another() {
        move("a");
        a.calls.clear();
        move("b");
        assertEquals(List.of("put dev-long-term", "get dev-long-term"), b.calls);
        assertEquals(List.of("get dev-long-term", "remove dev-long-term"), a.calls);
        assertEquals(IN_B, aws.credentials());
        assertEquals(KEYS, working());
    }

    @Test
    void where_they_are_already_nothing_is_touched() {
        KeyMove.Moved moved = move(KeyStores.FILE);
        assertFalse(moved.moved());
        assertEquals(IN_FILE, aws.credentials());
        assertTrue(a.calls.isEmpty());
    }

    @Nested
    class Failures {
        @Test
        void a_store_that_cannot_write_leaves_the_file_as_it_was() {
            a.failing = "put";
            AwsMfaException e = assertThrows(AwsMfaException.class, () -> move("a"));
            assertEquals(ExitCode.KEY_STORE, e.exitCode());
            assertEquals(IN_FILE, aws.credentials());
        }

        @Test
        void a_store_that_gives_back_other_keys_is_not_trusted_and_its_copy_removed() {
            a.corrupted = new LongTermCredentials(LONG_TERM_KEY_ID, "something-else");
            AwsMfaException e = assertThrows(AwsMfaException.class, () -> move("a"));
            assertEquals(ExitCode.KEY_STORE, e.exitCode());
            assertTrue(e.getMessage().contains("gave back other keys"), e.getMessage());
            assertFalse(e.getMessage().contains(LONG_TERM_SECRET));
            assertEquals(IN_FILE, aws.credentials());
            assertTrue(a.entries.isEmpty());
        }

        @Test
        void another_program_changing_the_keys_meanwhile_wins_and_the_copy_is_removed() {
            String theirs = IN_FILE.replace(LONG_TERM_KEY_ID, "AKIAI44QH8DHBEXAMPLE");
            AwsMfaException e = assertThrows(AwsMfaException.class, () -> move("a", step -> {
                if (step == KeyMove.Step.STORED) {
                    aws.credentials(theirs);
                }
            }));
            assertTrue(e.getMessage().contains("changed by another program"), e.getMessage());
            assertEquals(theirs, aws.credentials());
            assertTrue(a.entries.isEmpty());
        }

        @Test
        void a_store_that_cannot_remove_the_old_copy_only_warns() {
            move("a");
            a.failing = "remove";
            assertTrue(move(KeyStores.FILE).moved());
            assertEquals(IN_FILE, aws.credentials());
            assertEquals(1, warnings.size());
            assertTrue(warnings.get(0).contains("a copy is left in a entry dev-long-term"), warnings.get(0));
        }

        @Test
        void keys_another_command_prints_are_not_awsmfas_to_move() {
            aws.credentials(TOP + SECTION + "credential_process = op-keys dev\n" + TAIL);
            AwsMfaException e = assertThrows(AwsMfaException.class, () -> move("a"));
            assertEquals(ExitCode.KEY_STORE, e.exitCode());
            assertTrue(e.getMessage().contains("not from awsmfa"), e.getMessage());
            assertTrue(a.calls.isEmpty());
        }

        @Test
        void awsmfas_line_in_the_config_file_is_not_edited_there() throws IOException {
            aws.credentials(TOP);
            aws.config("[profile dev-long-term]\ncredential_process = awsmfa keys get --store a --entry dev-long-term\n");
            AwsMfaException e = assertThrows(AwsMfaException.class, () -> move(KeyStores.FILE));
            assertTrue(e.getMessage().contains("move that line into its section"), e.getMessage());
            assertEquals(TOP, Files.readString(aws.credentialsFile()));
        }

        @Test
        void an_unknown_store_is_a_usage_error_naming_the_stores() {
            AwsMfaException e = assertThrows(AwsMfaException.class, () -> move("vault"));
            assertEquals(ExitCode.USAGE, e.exitCode());
            assertEquals(IN_FILE, aws.credentials());
        }
    }

    /** A crash after any step: the keys work from where the file says, and the same move again finishes. */
    @Nested
    class Crashes {
        @ParameterizedTest
        @EnumSource(KeyMove.Step.class)
        void into_a_store(KeyMove.Step step) {
            crash("a", step);
            assertEquals(KEYS, working());
            assertTrue(aws.credentials().equals(IN_FILE) || aws.credentials().equals(IN_A), aws.credentials());
            move("a");
            assertEquals(IN_A, aws.credentials());
        }

        @ParameterizedTest
        // Nothing is stored on the way back, so there is no STORED step to stop at.
        @EnumSource(value = KeyMove.Step.class, names = "STORED", mode = EnumSource.Mode.EXCLUDE)
        void back_to_the_file(KeyMove.Step step) {
            move("a");
            crash(KeyStores.FILE, step);
            assertEquals(KEYS, working());
            move(KeyStores.FILE);
            assertEquals(IN_FILE, aws.credentials());
        }

        @ParameterizedTest
        @EnumSource(KeyMove.Step.class)
        void between_stores(KeyMove.Step step) {
            move("a");
            crash("b", step);
            assertEquals(KEYS, working());
            move("b");
            assertEquals(IN_B, aws.credentials());
            assertEquals(KEYS, working());
        }

        private void crash(String to, KeyMove.Step at) {
            assertThrows(Crash.class, () -> move(to, step -> {
                if (step == at) {
                    throw new Crash();
                }
            }));
        }
    }
}
