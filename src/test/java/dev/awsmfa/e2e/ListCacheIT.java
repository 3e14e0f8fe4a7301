package dev.awsmfa.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code awsmfa list} keeps what it made from the files in the cache directory and serves it while
 * they stay byte for byte the same: the packaged launcher, a file of thousands of profiles, and
 * each way the kept listing can go wrong. A cache directory of this test's own, without the
 * class-data archive (whose background training must not write into a directory being deleted).
 */
class ListCacheIT {
    static final DateTimeFormatter NAIVE_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @TempDir
    Path dir;
    AwsHome aws;
    Path cache;

    @BeforeEach
    void setUp() {
        cache = dir.resolve("cache");
        aws = new AwsHome(dir.resolve("home")).env("XDG_CACHE_HOME", cache.toString()).env("AWSMFA_NO_ARCHIVE", "1");
        StringBuilder credentials = new StringBuilder();
        String later = NAIVE_UTC.format(Instant.now().plusSeconds(12 * 3600));
        for (int i = 0; i < 3_000; i++) {
            credentials.append(AwsHome.longTermSection("p" + i)).append("\n[p").append(i)
                    .append("]\nassumed_role = False\naws_access_key_id = ASIAIOSFODNN7EXAMPLE\n")
                    .append("aws_secret_access_key = sessionSecretEXAMPLE\naws_session_token = sessionTokenEXAMPLE\n")
                    .append("expiration = ").append(i == 7 ? "2020-01-01 00:00:00" : later).append("\n\n");
        }
        aws.credentials(credentials.toString()).config("[profile p1]\nregion = eu-west-1\n[profile café]\nregion = sa-east-1\n");
    }

    /**
     * The output with each session's time left masked: two runs a second apart may differ there
     * (and do, across a minute for the table), which is the part filled in afresh at each run.
     */
    static String timeless(String output) {
        return output.replaceAll("yes \\(\\d+ (h|min|s)( \\d\\d (min|s))? left\\)", "yes (…)")
                .replaceAll("\"remainingSeconds\": [1-9]\\d*", "\"remainingSeconds\": …");
    }

    CliRun.Result list(String... args) {
        String[] line = Stream.concat(Stream.of("list"), Stream.of(args)).toArray(String[]::new);
        CliRun.Result result = AwsMfaProcess.with(aws.env()).run(line);
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.err());
        return result;
    }

    List<Path> kept() throws IOException {
        Path directory = cache.resolve("awsmfa");
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().startsWith("list-")).sorted()
                    .collect(Collectors.toList());
        }
    }

    @Test
    void a_second_run_prints_what_the_first_printed_from_a_private_kept_listing() throws IOException {
        String first = list().out();
        assertTrue(timeless(first).contains("yes (…)") && !timeless(first).contains(" left)"), "every time left masked");
        assertEquals(6_002, first.lines().count(), "a header and a row per profile");
        assertTrue(first.lines().anyMatch(line -> line.startsWith("p7 ") && line.endsWith(" expired")), first);
        assertTrue(first.lines().anyMatch(line -> line.startsWith("p8 ") && line.contains(" yes (11 h 5")), first);
        List<Path> kept = kept();
        assertEquals(1, kept.size(), kept::toString);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept.get(0))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept.get(0).getParent())));
        String keptText = new String(Files.readAllBytes(kept.get(0)), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(keptText.contains("sessionSecretEXAMPLE") || keptText.contains("sessionTokenEXAMPLE")
                || keptText.contains(AwsHome.LONG_TERM_SECRET) || keptText.contains(AwsHome.LONG_TERM_KEY_ID),
                "holds what list prints, not the keys");
        assertEquals(timeless(first), timeless(list().out()));
        String json = list("--output", "json").out();
        assertEquals(timeless(json), timeless(list("--output", "json").out()));
        assertEquals(list("--names").out(), list("--names").out());
        assertEquals(3, kept().size(), "one per format");
    }

    @Test
    void an_edit_that_keeps_the_files_size_and_time_is_seen() throws IOException {
        String before = list().out();
        Path config = aws.configFile();
        var modified = Files.getLastModifiedTime(config);
        Files.writeString(config, Files.readString(config).replace("eu-west-1", "eu-west-2"));
        Files.setLastModifiedTime(config, modified);
        assertEquals(timeless(before.replace("eu-west-1", "eu-west-2")), timeless(list().out()));
    }

    @Test
    void a_damaged_kept_listing_or_an_unwritable_cache_gives_the_same_output_and_nothing_else() throws IOException {
        String expected = list().out();
        for (Path file : kept()) {
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        }
        assertEquals(timeless(expected), timeless(list().out()), "truncated");
        for (Path file : kept()) {
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length - 100] ^= 0x20;
            Files.write(file, bytes);
        }
        assertEquals(timeless(expected), timeless(list().out()), "a byte changed");
        Path blocked = Files.writeString(dir.resolve("not-a-directory"), "x");
        aws.env("XDG_CACHE_HOME", blocked.toString());
        assertEquals(timeless(expected), timeless(list().out()), "no cache directory it can write");
    }

    @Test
    void the_kept_bytes_reach_stdout_as_the_locale_wants_them() {
        String utf8 = list("--names").out();
        assertTrue(utf8.contains("\ncafé\n"), "C.UTF-8, first run");
        assertEquals(utf8, list("--names").out(), "C.UTF-8, kept");
        aws.env("LC_ALL", "C");
        String ascii = list("--names").out();
        assertTrue(ascii.contains("\ncaf?\n"), "in the C locale Java writes '?' for what ASCII cannot hold");
        assertEquals(ascii, list("--names").out());
    }
}
