package dev.awsmfa.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsLockTest {
    @TempDir
    Path home;

    @Test
    void locks_a_separate_file_beside_the_credentials_file() {
        Path credentials = home.resolve(".aws").resolve("credentials");

        CredentialsLock lock = CredentialsLock.acquire(credentials, Duration.ofSeconds(1), message -> { });
        try {
            assertEquals(home.resolve(".aws").resolve(".credentials.awsmfa.lock"), CredentialsLock.lockFileOf(credentials));
            assertTrue(Files.exists(CredentialsLock.lockFileOf(credentials)));
            assertFalse(Files.exists(credentials));
        } finally {
            lock.close();
        }
    }

    @Test
    void a_second_acquire_waits_tells_once_and_gets_the_lock_after_release() throws Exception {
        Path credentials = home.resolve("credentials");
        List<String> messages = new CopyOnWriteArrayList<>();
        CountDownLatch waiting = new CountDownLatch(1);
        CredentialsLock first = CredentialsLock.acquire(credentials, Duration.ofSeconds(1), messages::add);

        CompletableFuture<CredentialsLock> second = CompletableFuture.supplyAsync(() ->
                CredentialsLock.acquire(credentials, Duration.ofMinutes(1), message -> {
                    messages.add(message);
                    waiting.countDown();
                }));
        assertTrue(waiting.await(30, TimeUnit.SECONDS));
        assertFalse(second.isDone());
        first.close();

        second.get(30, TimeUnit.SECONDS).close();
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).startsWith("Waiting for another awsmfa to finish refreshing (lock "), messages.get(0));
    }

    @Test
    void times_out_with_locked_after_telling_once() {
        Path credentials = home.resolve("credentials");
        List<String> messages = new CopyOnWriteArrayList<>();

        CredentialsLock held = CredentialsLock.acquire(credentials, Duration.ofSeconds(1), messages::add);
        try {
            AwsMfaException e = assertThrows(AwsMfaException.class,
                    () -> CredentialsLock.acquire(credentials, Duration.ofMillis(200), messages::add));

            assertEquals(ExitCode.LOCKED, e.exitCode());
            assertTrue(e.getMessage().contains(".credentials.awsmfa.lock"), e.getMessage());
        } finally {
            held.close();
        }
        assertEquals(1, messages.size());
    }

    @Test
    void can_be_taken_again_after_close() {
        Path credentials = home.resolve("credentials");
        CredentialsLock.acquire(credentials, Duration.ofSeconds(1), message -> { }).close();

        List<String> messages = new CopyOnWriteArrayList<>();
        CredentialsLock.acquire(credentials, Duration.ZERO, messages::add).close();

        assertEquals(List.of(), messages);
    }
}
