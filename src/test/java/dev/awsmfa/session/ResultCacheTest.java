package dev.awsmfa.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {
    @TempDir
    Path dir;

    static byte[] read(ResultCache cache, String slot, String key) throws IOException {
        try (ResultCache.Payload payload = cache.open(slot, key)) {
            if (payload == null) {
                return null;
            }
            long length = payload.remaining();
            byte[] bytes = payload.readAllBytes();
            assertEquals(length, bytes.length, "remaining() announces what is read");
            assertEquals(0, payload.remaining());
            return bytes;
        }
    }

    @Test
    void gives_back_a_payload_for_exactly_its_key() throws IOException {
        ResultCache cache = new ResultCache(dir.resolve("cache"));
        byte[] payload = new byte[200_000];
        new Random(1).nextBytes(payload);
        cache.put("list-text-1", "key one", payload);
        assertArrayEquals(payload, read(cache, "list-text-1", "key one"));
        assertNull(read(cache, "list-text-1", "key two"), "another key");
        assertNull(read(cache, "list-text-1", "key on"), "a key that is a prefix of the stored one");
        assertNull(read(cache, "list-text-2", "key one"), "another slot");
        cache.put("list-text-1", "key two", "second".getBytes(StandardCharsets.UTF_8));
        assertNull(read(cache, "list-text-1", "key one"), "replaced");
        assertArrayEquals("second".getBytes(StandardCharsets.UTF_8), read(cache, "list-text-1", "key two"));
    }

    @Test
    void keeps_its_files_to_the_user_in_a_directory_of_the_user() throws IOException {
        Path directory = dir.resolve("new").resolve("awsmfa");
        new ResultCache(directory).put("slot", "key", new byte[] {1, 2, 3});
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("slot"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)));
    }

    @Test
    void any_damage_to_the_file_is_a_miss() throws IOException {
        ResultCache cache = new ResultCache(dir);
        byte[] payload = "the listing".getBytes(StandardCharsets.UTF_8);
        cache.put("slot", "key", payload);
        byte[] good = Files.readAllBytes(dir.resolve("slot"));
        for (int i = 0; i < good.length; i++) {
            byte[] flipped = good.clone();
            flipped[i] ^= 0x10;
            Files.write(dir.resolve("slot"), flipped);
            assertNull(read(cache, "slot", "key"), "byte " + i + " flipped");
        }
        for (int length = 0; length < good.length; length++) {
            Files.write(dir.resolve("slot"), Arrays.copyOf(good, length));
            assertNull(read(cache, "slot", "key"), "cut to " + length + " bytes");
        }
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        Files.write(dir.resolve("slot"), longer);
        assertNull(read(cache, "slot", "key"), "a byte too many");
        Files.write(dir.resolve("slot"), good);
        assertArrayEquals(payload, read(cache, "slot", "key"), "and the intact file still reads");
    }

    @Test
    void a_missing_slot_a_directory_in_its_place_or_an_unwritable_cache_is_no_error() throws IOException {
        assertNull(read(new ResultCache(dir.resolve("absent")), "slot", "key"));
        Files.createDirectory(dir.resolve("slot"));
        assertNull(read(new ResultCache(dir), "slot", "key"));
        // A regular file where the cache directory should be: nothing can be written below it.
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        ResultCache blocked = new ResultCache(file.resolve("awsmfa"));
        blocked.put("slot", "key", new byte[] {1});
        assertNull(read(blocked, "slot", "key"));
        assertTrue(Files.isRegularFile(file));
    }
}
