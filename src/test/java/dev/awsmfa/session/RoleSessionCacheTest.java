package dev.awsmfa.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The role-session cache entry: round trip, owner-only, and nothing read that is not one. */
class RoleSessionCacheTest {
    static final String ROLE = "arn:aws:iam::111111111111:role/admin";
    static final TemporaryCredentials ROLE_SESSION = new TemporaryCredentials("ASIAROLEEXAMPLE", "roleSecret/+EXAMPLE",
            "roleTokenEXAMPLE==", Instant.parse("2026-11-28T13:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void an_entry_reads_back_as_written_for_its_profile_only() {
        RoleSessionCache cache = new RoleSessionCache(dir);
        assertTrue(cache.write("admin", new RoleSessionCache.Entry(ROLE, "ASIASOURCEEXAMPLE", ROLE_SESSION)));
        RoleSessionCache.Entry entry = cache.read("admin").orElseThrow();
        assertEquals(ROLE_SESSION, entry.credentials());
        assertTrue(entry.serves(ROLE, "ASIASOURCEEXAMPLE"));
        assertFalse(entry.serves(ROLE, "ASIANEWSOURCEEXAMPLE"), "assumed with another source session");
        assertFalse(entry.serves("arn:aws:iam::111111111111:role/other", "ASIASOURCEEXAMPLE"));
        assertEquals(Optional.empty(), cache.read("ops"));
        assertEquals(dir.resolve("role-sessions"), cache.file("admin").getParent());
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX modes")
    void the_entry_and_its_directory_are_private_to_the_user() throws Exception {
        RoleSessionCache cache = new RoleSessionCache(dir);
        cache.write("admin", new RoleSessionCache.Entry(ROLE, "ASIASOURCEEXAMPLE", ROLE_SESSION));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.file("admin"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                cache.file("admin").getParent())));
    }

    @Test
    void any_profile_name_gets_one_file_name_and_a_long_one_stays_short() {
        RoleSessionCache cache = new RoleSessionCache(dir);
        String odd = "開発/../x y";
        cache.write(odd, new RoleSessionCache.Entry(ROLE, "ASIASOURCEEXAMPLE", ROLE_SESSION));
        assertEquals(ROLE_SESSION, cache.read(odd).orElseThrow().credentials());
        assertEquals(dir.resolve("role-sessions"), cache.file(odd).getParent());
        String long1 = "a".repeat(200);
        String long2 = "a".repeat(199) + "b";
        assertTrue(cache.file(long1).getFileName().toString().length() <= 85);
        cache.write(long1, new RoleSessionCache.Entry(ROLE, "ASIASOURCEEXAMPLE", ROLE_SESSION));
        // A name sharing the first bytes is not served another profile's entry.
        assertEquals(Optional.empty(), cache.read(long2));
    }

    @Test
    void remove_expired_removes_expired_and_damaged_entries_only() throws Exception {
        RoleSessionCache cache = new RoleSessionCache(dir);
        assertEquals(0, cache.removeExpired(ROLE_SESSION.expiration()), "no directory yet");
        cache.write("admin", new RoleSessionCache.Entry(ROLE, "S", ROLE_SESSION));
        cache.write("ops", new RoleSessionCache.Entry(ROLE, "S", new TemporaryCredentials("ASIAOPSEXAMPLE", "s", "t",
                ROLE_SESSION.expiration().plusSeconds(1))));
        Files.writeString(cache.file("broken"), "not an entry", StandardCharsets.UTF_8);
        Files.writeString(cache.file("admin").resolveSibling("keep-me"), "not ours", StandardCharsets.UTF_8);
        assertEquals(2, cache.removeExpired(ROLE_SESSION.expiration()));
        assertEquals(Optional.empty(), cache.read("admin"));
        assertTrue(cache.read("ops").isPresent());
        assertFalse(Files.exists(cache.file("broken")));
        assertTrue(Files.exists(cache.file("admin").resolveSibling("keep-me")), "only role-* files are entries");
    }

    @Test
    void a_damaged_incomplete_or_linked_entry_is_no_entry_and_remove_says_whether_there_was_one() throws Exception {
        RoleSessionCache cache = new RoleSessionCache(dir);
        Files.createDirectories(cache.file("admin").getParent());
        for (String text : new String[] {"garbage \u0000\n[", "[role-session]\nprofile = 61646d696e\nrole_arn = " + ROLE
                + "\n", "[role-session]\nprofile = 61646d696e\nrole_arn = " + ROLE + "\nsource_key_id = A\n"
                + "aws_access_key_id = B\naws_secret_access_key = C\naws_session_token = D\nexpiration = soon\n"}) {
            Files.writeString(cache.file("admin"), text, StandardCharsets.UTF_8);
            assertEquals(Optional.empty(), cache.read("admin"), text);
        }
        Files.delete(cache.file("admin"));
        Path elsewhere = dir.resolve("elsewhere");
        new RoleSessionCache(elsewhere).write("admin", new RoleSessionCache.Entry(ROLE, "S", ROLE_SESSION));
        Files.createSymbolicLink(cache.file("admin"), new RoleSessionCache(elsewhere).file("admin"));
        assertEquals(Optional.empty(), cache.read("admin"), "a link planted under the name is not followed");
        assertTrue(cache.remove("admin"));
        assertTrue(Files.exists(new RoleSessionCache(elsewhere).file("admin")), "the link's target stays");
        assertFalse(cache.remove("admin"));
    }
}
