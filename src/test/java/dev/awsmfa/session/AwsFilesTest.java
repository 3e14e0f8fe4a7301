package dev.awsmfa.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.profile.CredentialsLock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
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

    @Test
    void a_fingerprint_names_the_path_and_the_exact_content_streamed_or_read_whole() throws Exception {
        Path file = home.resolve("credentials");
        AwsFiles files = AwsFiles.of(Env.of(Map.of("HOME", home.toString(), "AWS_SHARED_CREDENTIALS_FILE",
                file.toString(), "AWS_CONFIG_FILE", home.resolve("config").toString())));
        String missing = files.credentialsFingerprint();
        assertEquals(missing, files.credentialsContent().fingerprint());
        java.nio.file.Files.writeString(file, "");
        String empty = files.credentialsFingerprint();
        assertTrue(!empty.equals(missing), "an empty file is not a missing one");
        // Larger than the stream's buffer, so the streamed checksum spans several reads.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            text.append("[p").append(i).append("]\nregion = eu-west-1\n");
        }
        java.nio.file.Files.writeString(file, text);
        String original = files.credentialsFingerprint();
        assertEquals(original, files.credentialsContent().fingerprint());
        assertTrue(original.contains(file.toString()), original);
        // Same length, one character changed, far from the start.
        java.nio.file.Files.writeString(file, text.toString().replace("[p4999]", "[p4998]"));
        assertTrue(!original.equals(files.credentialsFingerprint()), "an edit that keeps the length");
        assertEquals(files.configFingerprint(), files.configContent().fingerprint());
    }
}
