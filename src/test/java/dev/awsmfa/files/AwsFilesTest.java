package dev.awsmfa.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
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
}
