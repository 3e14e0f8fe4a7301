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

    static WriteTarget target(Path credentials) {
        return WriteTarget.of(credentials, "AWS_SHARED_CREDENTIALS_FILE");
    }

    @Test
    void refuses_a_lock_file_that_is_not_a_regular_file_and_leaves_it_alone() throws Exception {
        Path credentials = home.resolve("credentials");
        Path elsewhere = Files.writeString(home.resolve("elsewhere"), "untouched");
        Files.createSymbolicLink(target(credentials).lockFile(), elsewhere);

        AwsMfaException e = assertThrows(AwsMfaException.class,
                () -> CredentialsLock.acquire(target(credentials), Duration.ofSeconds(1), message -> { }));

        assertEquals(ExitCode.BAD_FILE, e.exitCode());
        assertTrue(e.getMessage().contains("is a symbolic link, not a regular file: remove it"), e.getMessage());
        assertEquals("untouched", Files.readString(elsewhere));
    }

    @Test
    void locks_a_separate_file_beside_the_credentials_file() {
        Path credentials = home.resolve(".aws").resolve("credentials");

        CredentialsLock lock = CredentialsLock.acquire(target(credentials), Duration.ofSeconds(1), message -> { });
        try {
            assertEquals(home.resolve(".aws").resolve(".credentials.awsmfa.lock"), target(credentials).lockFile());
            assertTrue(Files.exists(target(credentials).lockFile()));
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
        CredentialsLock first = CredentialsLock.acquire(target(credentials), Duration.ofSeconds(1), messages::add);

        CompletableFuture<CredentialsLock> second = CompletableFuture.supplyAsync(() ->
                CredentialsLock.acquire(target(credentials), Duration.ofMinutes(1), message -> {
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

        CredentialsLock held = CredentialsLock.acquire(target(credentials), Duration.ofSeconds(1), messages::add);
        try {
            AwsMfaException e = assertThrows(AwsMfaException.class,
                    () -> CredentialsLock.acquire(target(credentials), Duration.ofMillis(200), messages::add));

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
        CredentialsLock.acquire(target(credentials), Duration.ofSeconds(1), message -> { }).close();

        List<String> messages = new CopyOnWriteArrayList<>();
        CredentialsLock.acquire(target(credentials), Duration.ZERO, messages::add).close();

        assertEquals(List.of(), messages);
    }
}
