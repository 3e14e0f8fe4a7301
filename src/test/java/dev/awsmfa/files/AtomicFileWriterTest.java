package dev.awsmfa.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    static final byte[] CONTENT = "[dev]\r\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\r\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path home;

    @Test
    void replaces_the_content_byte_for_byte_and_leaves_no_temporary_file() throws IOException {
        Path file = Files.writeString(home.resolve("credentials"), "old\n");

        AtomicFileWriter.replace(file, CONTENT);

        assertArrayEquals(CONTENT, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(home)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void keeps_the_original_mode_and_creates_new_files_for_the_owner_only() throws IOException {
        Path file = Files.writeString(home.resolve("credentials"), "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFileWriter.replace(file, CONTENT);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        Path fresh = home.resolve("new");
        AtomicFileWriter.replace(fresh, CONTENT);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    @Test
    void replaces_a_symlink_at_the_name_and_never_writes_through_it() throws IOException {
        Path target = Files.writeString(home.resolve("target"), "untouched");
        Path link = Files.createSymbolicLink(home.resolve("used-codes"), target);

        AtomicFileWriter.replace(link, CONTENT);

        assertFalse(Files.isSymbolicLink(link));
        assertArrayEquals(CONTENT, Files.readAllBytes(link));
        assertEquals("untouched", Files.readString(target));
    }

    @Test
    void a_failed_rename_leaves_the_name_as_it_was_and_no_temporary_file() throws IOException {
        Path directory = Files.createDirectory(home.resolve("credentials"));
        Files.writeString(directory.resolve("keep"), "not a file to replace");

        assertThrows(AtomicFileWriter.RenameFailed.class, () -> AtomicFileWriter.replace(directory, CONTENT));

        assertTrue(Files.isDirectory(directory));
        try (Stream<Path> files = Files.list(home)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void removes_stale_temporary_files_of_a_killed_run_but_not_fresh_ones() throws IOException {
        Path file = home.resolve("credentials");
        Path stale = Files.writeString(home.resolve(".credentials.awsmfa-123.tmp"), "secret");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(AtomicFileWriter.STALE_AFTER).minusSeconds(60)));
        Path fresh = Files.writeString(home.resolve(".credentials.awsmfa-456.tmp"), "in progress");
        Path other = Files.writeString(home.resolve(".config.awsmfa-789.tmp"), "other file's");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minusSeconds(3600)));

        AtomicFileWriter.replace(file, CONTENT);

        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh));
        assertTrue(Files.exists(other));
    }

    @Test
    void a_writer_holding_the_lock_removes_every_temporary_file_of_its_file() throws IOException {
        Path file = home.resolve("credentials");
        Path fresh = Files.writeString(home.resolve(".credentials.awsmfa-456.tmp"), "left by a killed run");

        AtomicFileWriter.replace(file, CONTENT, null, Duration.ZERO);

        assertFalse(Files.exists(fresh));
        assertArrayEquals(CONTENT, Files.readAllBytes(file));
    }
}
