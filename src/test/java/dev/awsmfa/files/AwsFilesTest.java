package dev.awsmfa.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsFilesTest {
    @TempDir
    Path home;

    @Test
    void a_lock_timeout_that_is_not_a_number_is_named() {
        AwsMfaException e = assertThrows(AwsMfaException.class,
                () -> AwsFiles.of(Env.of(Map.of("HOME", home.toString(), "AWSMFA_LOCK_TIMEOUT", "soon"))));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith("AWSMFA_LOCK_TIMEOUT='soon'"), e.getMessage());
    }

    @Test
    void every_use_case_waits_as_long_as_aws_mfa_lock_timeout_says() throws Exception {
        AwsFiles files = AwsFiles.of(Env.of(Map.of("HOME", home.toString(), "AWSMFA_LOCK_TIMEOUT", "1")));
        List<String> waits = new ArrayList<>();
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        try (CredentialsLock held = files.lock(waits::add)) {
            // The lock is per file, not per thread: a second taker in this JVM waits as another process would.
            Thread other = new Thread(() -> {
                try {
                    files.lock(waits::add).close();
                } catch (Throwable e) {
                    outcome.set(e);
                }
            });
            Instant start = Instant.now();
            other.start();
            other.join();
            assertTrue(Duration.between(start, Instant.now()).toSeconds() < 30);
        }
        AwsMfaException e = assertInstanceOf(AwsMfaException.class, outcome.get());
        assertEquals(ExitCode.LOCKED, e.exitCode());
        assertEquals(1, waits.size(), waits::toString);
    }

    @Nested
    class Reading {
        AwsFiles files(Path credentials) {
            return AwsFiles.of(Env.of(Map.of("HOME", home.toString(), "AWS_SHARED_CREDENTIALS_FILE", credentials.toString(),
                    "AWS_CONFIG_FILE", home.resolve("config").toString())));
        }

        @Test
        void a_missing_file_is_an_empty_document() {
            ProfileDocument doc = files(home.resolve("credentials")).credentials();
            assertEquals(0, doc.toBytes().length);
            assertEquals(home.resolve("credentials").toString(), doc.fileName());
        }

        @Test
        void a_directory_is_refused_naming_it_and_the_variable() {
            ProfileFileException e = assertThrows(ProfileFileException.class, () -> files(home).credentials());
            assertTrue(e.getMessage().startsWith(home + ": is a directory, not a file: point AWS_SHARED_CREDENTIALS_FILE"),
                    e.getMessage());
        }

        @Test
        void parse_errors_name_the_file_path() throws Exception {
            Path file = Files.writeString(home.resolve("credentials"), "[a]\n[a]\n");
            ProfileFileException e = assertThrows(ProfileFileException.class, () -> files(file).credentials());
            assertTrue(e.getMessage().startsWith(file + ":2: duplicate section [a] (first at line 1)"), e.getMessage());
        }

        @Test
        void a_pipe_is_refused_before_it_is_opened_and_a_device_is_read_within_the_cap() throws Exception {
            Path fifo = home.resolve("fifo");
            assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
            ProfileFileException pipe = assertThrows(ProfileFileException.class, () -> files(fifo).credentials());
            assertTrue(pipe.getMessage().contains("is a pipe"), pipe.getMessage());
            assertEquals(0, files(Path.of("/dev/null")).credentials().toBytes().length, "/dev/null reads as empty");
            ProfileFileException zero = assertThrows(ProfileFileException.class, () -> files(Path.of("/dev/zero")).credentials());
            assertTrue(zero.getMessage().contains("holds more than 16 MiB"), zero.getMessage());
        }
    }
}
