package dev.awsmfa.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.awsmfa.Env;
import dev.awsmfa.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheDirectoryTest {
    @Nested
    class TheRule {
        String locate(Map<String, String> env, boolean windows, boolean mac) {
            return CacheDirectory.locate(Env.of(env), windows, mac);
        }

        @Test
        void xdg_cache_home_when_absolute_else_dot_cache() {
            assertEquals("/x/cache/awsmfa", locate(Map.of("HOME", "/h", "XDG_CACHE_HOME", "/x/cache"), false, false));
            assertEquals("/h/.cache/awsmfa", locate(Map.of("HOME", "/h"), false, false));
            assertEquals("/h/.cache/awsmfa", locate(Map.of("HOME", "/h", "XDG_CACHE_HOME", "relative"), false, false));
        }

        @Test
        void macos_uses_library_caches_unless_xdg_cache_home_is_set() {
            assertEquals("/Users/a/Library/Caches/awsmfa", locate(Map.of("HOME", "/Users/a"), false, true));
            assertEquals("/x/awsmfa", locate(Map.of("HOME", "/Users/a", "XDG_CACHE_HOME", "/x"), false, true));
        }

        @Test
        void windows_uses_local_app_data() {
            assertEquals("C:\\Users\\a\\AppData\\Local\\awsmfa",
                    locate(Map.of("LOCALAPPDATA", "C:\\Users\\a\\AppData\\Local"), true, false));
            assertEquals("C:\\Users\\a\\AppData\\Local\\awsmfa", locate(Map.of("USERPROFILE", "C:\\Users\\a"), true, false));
        }

        @Test
        void nothing_without_a_home() {
            assertNull(locate(Map.of(), false, false));
        }
    }

    @Nested
    class WhatIsTrusted {
        @TempDir
        Path dir;

        @AfterEach
        void noProperty() {
            System.clearProperty(CacheDirectory.PROPERTY);
        }

        CacheDirectory at(Path path) {
            System.setProperty(CacheDirectory.PROPERTY, path.toString());
            return CacheDirectory.of(Env.of(Map.of()));
        }

        @Test
        void a_private_directory_is_created_and_used() throws IOException {
            Path cache = dir.resolve("cache").resolve("awsmfa");
            CacheDirectory directory = at(cache);
            Path used = directory.trusted().orElseThrow();
            assertEquals(cache.toRealPath(), used);
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)));
            assertEquals("cache directory " + cache + ": used", directory.describe());
        }

        @Test
        void one_others_can_write_is_not_used_and_gains_no_file() throws IOException {
            Path cache = Files.createDirectory(dir.resolve("awsmfa"));
            Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
            assertRefused(at(cache), "other users can write it (mode 777)");
            assertEquals(List.of(), entries(cache));
        }

        @Test
        void one_below_a_directory_others_can_write_is_not_used_unless_that_is_sticky() throws IOException {
            Path shared = Files.createDirectory(dir.resolve("shared"));
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
            assertRefused(at(shared.resolve("awsmfa")), shared + " can be written by other users");
            assertFalse(Files.exists(shared.resolve("awsmfa")), "nothing created below it");
            Files.setAttribute(shared, "unix:mode", 01777);
            assertTrue(at(shared.resolve("awsmfa")).trusted().isPresent(), "/tmp is sticky: others cannot rename our entry");
        }

        @Test
        void a_symbolic_link_is_not_used() throws IOException {
            Path real = Files.createDirectory(dir.resolve("real"));
            Path link = Files.createSymbolicLink(dir.resolve("awsmfa"), real);
            assertRefused(at(link), "it is a symbolic link");
        }

        @Test
        void a_path_the_jvm_flags_cannot_carry_or_a_relative_one_is_not_used() {
            assertRefused(at(dir.resolve("with blank")), "holds a blank or ':'");
            assertRefused(at(dir.resolve("with:colon")), "holds a blank or ':'");
            assertRefused(at(Path.of("relative", "awsmfa")), "not an absolute path");
        }

        @Test
        void one_owned_by_another_user_is_not_used_and_gains_no_file() throws IOException {
            assumeTrue(Platform.isRoot(), "only root can give a directory to another user (CI runs as root)");
            Path cache = Files.createDirectory(dir.resolve("awsmfa"));
            Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwx------"));
            Files.setAttribute(cache, "unix:uid", 4242);
            assertRefused(at(cache), "it belongs to uid 4242, not to this user (uid 0)");
            assertEquals(List.of(), entries(cache));
        }

        void assertRefused(CacheDirectory directory, String reason) {
            assertTrue(directory.trusted().isEmpty(), directory::describe);
            assertTrue(directory.describe().contains(": not used: ") && directory.describe().contains(reason),
                    directory::describe);
        }

        List<Path> entries(Path directory) throws IOException {
            try (Stream<Path> entries = Files.list(directory)) {
                return entries.toList();
            }
        }
    }
}
