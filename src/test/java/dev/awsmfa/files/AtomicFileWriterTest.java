package dev.awsmfa.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    private static final byte[] CONTENT = "[dev]\r\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\r\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path home;

    @Test
    void replaces_the_content_byte_for_byte() throws IOException {
        Path file = home.resolve("credentials");
        Files.writeString(file, "old\n");

        AtomicFileWriter.write(file, CONTENT);

        assertArrayEquals(CONTENT, Files.readAllBytes(file));
    }

    @Test
    void leaves_no_temporary_file_behind() throws IOException {
        Path file = home.resolve("credentials");

        AtomicFileWriter.write(file, CONTENT);

        try (Stream<Path> files = Files.list(home)) {
            assertEquals(1, files.count());
        }
    }

    @Nested
    class OnPosix {
        @BeforeEach
        void posixOnly() {
            assumeTrue(PrivateFiles.isPosix(home), "POSIX permissions");
        }

        @Test
        void keeps_the_original_mode() throws IOException {
            Path file = home.resolve("credentials");
            Files.writeString(file, "old\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

            AtomicFileWriter.write(file, CONTENT);

            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }

        @Test
        void creates_a_new_file_readable_by_the_owner_only() throws IOException {
            Path file = home.resolve("credentials");

            AtomicFileWriter.write(file, CONTENT);

            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }

        @Test
        void creates_a_missing_aws_directory_for_the_owner_only() throws IOException {
            Path file = home.resolve(".aws").resolve("credentials");

            AtomicFileWriter.write(file, CONTENT);

            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
            assertArrayEquals(CONTENT, Files.readAllBytes(file));
        }
    }

    @Test
    void fails_with_bad_file_naming_the_file_and_removes_its_temporary_file() throws IOException {
        Path file = Files.createDirectory(home.resolve("credentials"));
        Files.writeString(file.resolve("keep"), "not a file to replace");

        AwsMfaException e = assertThrows(AwsMfaException.class, () -> AtomicFileWriter.write(file, CONTENT));

        assertEquals(ExitCode.BAD_FILE, e.exitCode());
        assertTrue(e.getMessage().startsWith("cannot write " + file + " ("), e.getMessage());
        try (Stream<Path> files = Files.list(home)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void writes_through_a_symlink_to_its_target_and_keeps_the_link() throws IOException {
        Path target = Files.writeString(Files.createDirectory(home.resolve("dotfiles")).resolve("aws-credentials"), "old\n");
        Path link = home.resolve("credentials");
        try {
            Files.createSymbolicLink(link, Path.of("dotfiles", "aws-credentials"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symlinks not available");
        }

        AtomicFileWriter.write(link, CONTENT);

        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(CONTENT, Files.readAllBytes(target));
    }

    @Test
    void removes_stale_temporary_files_of_a_killed_run_but_not_fresh_ones() throws IOException {
        Path file = home.resolve("credentials");
        Path stale = Files.writeString(home.resolve(".credentials.awsmfa-123.tmp"), "secret");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(AtomicFileWriter.STALE_AFTER).minusSeconds(60)));
        Path fresh = Files.writeString(home.resolve(".credentials.awsmfa-456.tmp"), "in progress");
        Path other = Files.writeString(home.resolve(".config.awsmfa-789.tmp"), "other file's");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minusSeconds(3600)));

        AtomicFileWriter.write(file, CONTENT);

        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh));
        assertTrue(Files.exists(other));
    }

    @Test
    void a_writer_holding_the_lock_removes_every_temporary_file_of_its_file() throws IOException {
        Path file = home.resolve("credentials");
        Path fresh = Files.writeString(home.resolve(".credentials.awsmfa-456.tmp"), "left by a killed run");
        Path other = Files.writeString(home.resolve(".config.awsmfa-789.tmp"), "other file's");

        try (CredentialsLock lock = CredentialsLock.acquire(file, java.time.Duration.ofSeconds(5), message -> { })) {
            AtomicFileWriter.writeHoldingLock(file, CONTENT, lock);
        }

        assertFalse(Files.exists(fresh));
        assertTrue(Files.exists(other));
        assertArrayEquals(CONTENT, Files.readAllBytes(file));
    }
}
