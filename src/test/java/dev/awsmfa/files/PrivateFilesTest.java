package dev.awsmfa.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX modes")
class PrivateFilesTest {
    @TempDir
    Path dir;

    /**
     * Several shells opened at once on a fresh machine all create the cache directory: each must get it, not a
     * "cannot be created" that would leave it unused (and a role assumed twice).
     */
    @Test
    void callers_racing_to_create_the_same_directories_all_succeed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 40; round++) {
                Path target = dir.resolve("home" + round).resolve(".cache").resolve("awsmfa");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> callers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    callers.add(pool.submit(() -> {
                        start.await();
                        PrivateFiles.createDirectories(target);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> caller : callers) {
                    caller.get(30, TimeUnit.SECONDS);
                }
                assertTrue(Files.isDirectory(target));
                assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_file_where_a_directory_goes_is_still_refused() throws IOException {
        Path file = Files.writeString(dir.resolve("cache"), "not a directory");
        assertThrows(FileAlreadyExistsException.class, () -> PrivateFiles.createDirectories(file));
        assertEquals("not a directory", Files.readString(file));
    }
}
