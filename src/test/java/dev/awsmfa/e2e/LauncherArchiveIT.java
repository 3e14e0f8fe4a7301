package dev.awsmfa.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data archive only ever makes awsmfa faster: whether it is missing, being
 * built, stale, corrupt or impossible to store, every run prints exactly what it would print
 * without it, on stdout and on stderr. Who may plant an archive: {@link LauncherTrustIT}.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the POSIX launcher; the .cmd launcher has no archive")
class LauncherArchiveIT {
    static final String VALID = "^awsmfa: Session \\[dev\\] is still valid until [^\\n]+ nothing to do "
            + "\\(--force renews it now\\)\\.\\n$";

    @TempDir
    Path dir;
    AwsHome aws;
    Path cache;

    @BeforeEach
    void setUp() {
        cache = dir.resolve("cache");
        aws = new AwsHome(dir.resolve("home")).credentials(ValidSession.credentials("dev"))
                .env("XDG_CACHE_HOME", cache.toString());
    }

    @Nested
    class WhenNoArchiveExists {
        @Test
        void the_first_run_prints_only_its_own_output_and_the_archive_appears() throws Exception {
            assertPlainVersion(awsmfa("--version"));
            Path archive = awaitArchive();
            assertTrue(Files.size(archive) > 0, archive::toString);
            assertOnlyArchives();
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(cache.resolve("awsmfa"))), "the reused-code guard's hashes live here too");
            for (Path entry : cacheEntries()) {
                assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(entry)), entry::toString);
            }
        }

        @Test
        void once_trained_the_everyday_paths_load_no_class_from_the_jar() throws Exception {
            // A config as people have one: an empty one would leave its parser's classes untested.
            aws.config("[default]\nregion = eu-west-1\n\n[profile dev]\nregion = eu-west-1\n"
                    + "mfa_serial = " + AwsHome.DEVICE + "\n\n[profile 'ops team']\n"
                    + "role_arn = arn:aws:iam::123456789012:role/ops\nsource_profile = dev\n");
            assertPlainVersion(awsmfa("--version"));
            awaitArchive();
            List<List<String>> everyday = List.of(List.of("--profile", "dev"), List.of("status", "--profile", "dev"),
                    List.of("export", "--profile", "dev"), List.of("credential-process", "--profile", "dev"),
                    List.of("list"), List.of("list"), List.of("list", "--output", "json"), List.of("--version"));
            for (List<String> args : everyday) {
                Path log = dir.resolve("classes-" + System.nanoTime() + ".log");
                aws.env("AWSMFA_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
                CliRun.Result result = awsmfa(args.toArray(String[]::new));
                assertEquals(0, result.exitCode(), result::toString);
                // Each class from the jar costs opening it (3,500 entries, ~10 ms) the first time.
                try (Stream<String> lines = Files.lines(log)) {
                    List<String> fromJar = lines.filter(line -> line.contains("source: file:") || line.contains("source: jar:"))
                            .collect(Collectors.toList());
                    assertEquals(List.of(), fromJar, "awsmfa " + args + " loaded classes the archive does not hold");
                }
            }
        }

        @Test
        void a_command_line_that_asks_for_a_refresh_maps_the_sdk_from_the_archive() throws Exception {
            // Java 25+ keeps the SDK out of the everyday archive (it would load all of it on every
            // run) and maps the refresh archive when the command line asks for a refresh.
            assertPlainVersion(awsmfa("--version"));
            awaitArchive();
            Path log = dir.resolve("refresh-classes.log");
            aws.env("AWSMFA_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
            // Port 0 of the loopback fails at once, after the SDK is loaded and used.
            CliRun.Result result = awsmfa("--profile", "dev", "--force", "--token", "123456", "--region", "us-east-1",
                    "--endpoint-url", "https://127.0.0.1:0");
            assertTrue(result.exitCode() != 0, result::toString);
            try (Stream<String> lines = Files.lines(log)) {
                Map<Boolean, Long> sdk = lines.filter(line -> line.contains(" software.amazon.awssdk."))
                        .collect(Collectors.partitioningBy(line -> line.contains("source: shared objects file"),
                                Collectors.counting()));
                assertTrue(sdk.get(true) > 10 * sdk.get(false), "SDK classes from the archive / elsewhere: " + sdk);
            }
        }

        @Test
        void runs_started_together_all_succeed_and_leave_one_archive() throws Exception {
            List<Process> processes = Stream.generate(() -> AwsMfaProcess.with(aws.env()).start("--profile", "dev"))
                    .limit(4).collect(Collectors.toList());
            for (Process process : processes) {
                assertReuse(AwsMfaProcess.finish(process));
            }
            awaitArchive();
            assertOnlyArchives();
        }
    }

    @Nested
    class WhenTheArchiveIsBroken {
        @Test
        void a_corrupt_archive_changes_nothing_visible() throws Exception {
            awsmfa("--version");
            Path archive = awaitArchive();
            byte[] bytes = Files.readAllBytes(archive);
            java.util.Arrays.fill(bytes, 0, 4096, (byte) 0x5a);
            overwrite(archive, bytes);
            assertPlainVersion(awsmfa("--version"));
            assertReuse(awsmfa("--profile", "dev"));
        }

        @Test
        void a_truncated_archive_changes_nothing_visible() throws Exception {
            awsmfa("--version");
            Path archive = awaitArchive();
            byte[] bytes = Files.readAllBytes(archive);
            overwrite(archive, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            assertPlainVersion(awsmfa("--version"));
            assertReuse(awsmfa("--profile", "dev"));
            // The launcher noticed: the archive is being rebuilt; wait so the directory can go.
            Path rebuilt = awaitArchive();
            assertTrue(rebuilt.getFileName().toString().contains("-" + Files.size(rebuilt) + "."), rebuilt::toString);
        }

        @Test
        void a_stale_archive_of_another_installation_changes_nothing_visible() throws Exception {
            // The same jar at another path: the JVM refuses the archive because its class path differs.
            Path elsewhere = install(dir.resolve("elsewhere"));
            awsmfa("--version");
            Path ours = awaitArchive();
            Path theirsCache = dir.resolve("other-cache");
            Map<String, String> env = new HashMap<>(aws.env());
            env.put("XDG_CACHE_HOME", theirsCache.toString());
            CliRun.Result first = AwsMfaProcess.with(env).launcher(elsewhere).run("--version");
            assertPlainVersion(first);
            Path theirs = awaitArchive(theirsCache);
            // Their bytes under our key, named with their size as the launcher names an archive.
            Path stale = ours.resolveSibling(ours.getFileName().toString()
                    .replaceFirst("-\\d+\\.(jsa|aot)$", "-" + Files.size(theirs) + ".$1"));
            Files.delete(ours);
            overwrite(stale, Files.readAllBytes(theirs));
            assertPlainVersion(awsmfa("--version"));
            assertReuse(awsmfa("--profile", "dev"));
        }
    }

    @Nested
    class WhenAnInstallIsReplaced {
        @Test
        void the_archives_of_a_removed_or_upgraded_install_go_when_new_ones_are_written() throws Exception {
            Path first = install(dir.resolve("awsmfa-1"));
            Path kept = install(dir.resolve("kept"));
            assertPlainVersion(run(first, "--version"));
            List<Path> firstArchives = awaitArchivesOf(first);
            assertPlainVersion(run(kept, "--version"));
            List<Path> keptArchives = awaitArchivesOf(kept);

            // Uninstalled, and the next version installed elsewhere: the old archives go, the kept install's stay.
            deleteTree(first.getParent());
            Path second = install(dir.resolve("awsmfa-2"));
            assertPlainVersion(run(second, "--version"));
            List<Path> secondArchives = awaitArchivesOf(second);
            assertTrue(firstArchives.stream().noneMatch(Files::exists), cacheEntries()::toString);
            assertTrue(keptArchives.stream().allMatch(Files::exists), cacheEntries()::toString);

            // Upgraded in place: a new jar at the same path.
            Files.setLastModifiedTime(second.resolveSibling("awsmfa.jar"),
                    FileTime.from(Instant.now().minus(Duration.ofDays(1))));
            assertPlainVersion(run(second, "--version"));
            List<Path> upgraded = awaitArchivesOf(second);
            assertTrue(secondArchives.stream().noneMatch(upgraded::contains), upgraded::toString);
            assertTrue(secondArchives.stream().noneMatch(Files::exists), cacheEntries()::toString);
            assertTrue(keptArchives.stream().allMatch(Files::exists), cacheEntries()::toString);
            assertEquals(keptArchives.size() + upgraded.size() + 2, cacheEntries().size(), cacheEntries()::toString);
        }

        private CliRun.Result run(Path launcher, String... args) {
            return AwsMfaProcess.with(aws.env()).launcher(launcher).run(args);
        }

        /** The archives trained for {@code launcher}'s jar once its training is over (named by its KEY.from). */
        private List<Path> awaitArchivesOf(Path launcher) throws Exception {
            String jar = launcher.resolveSibling("awsmfa.jar").toRealPath().toString();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (Instant.now().isBefore(deadline)) {
                List<Path> entries = cacheEntries();
                for (Path from : entries) {
                    String name = from.getFileName().toString();
                    if (name.endsWith(".from") && Files.readAllLines(from).get(0).equals(jar)
                            && entries.stream().noneMatch(LauncherArchiveIT::isTraining)) {
                        String key = name.substring(0, name.length() - ".from".length());
                        return entries.stream().filter(p -> isArchive(p) && p.getFileName().toString()
                                .startsWith(key + "-")).collect(Collectors.toList());
                    }
                }
                Thread.sleep(200);
            }
            throw new AssertionError("no archive for " + jar + " after 3 minutes: " + cacheEntries());
        }
    }

    @Nested
    class WhenTheCacheCannotBeWritten {
        @Test
        void awsmfa_still_runs_and_says_nothing_about_it() throws Exception {
            Path file = Files.writeString(dir.resolve("a-file"), "x");
            aws.env("XDG_CACHE_HOME", file.resolve("cache").toString());
            assertPlainVersion(awsmfa("--version"));
            assertReuse(awsmfa("--profile", "dev"));
            assertEquals("x", Files.readString(file));
        }

        @Test
        void awsmfa_still_runs_without_any_home() {
            aws.env("XDG_CACHE_HOME", "").env("HOME", "");
            assertPlainVersion(awsmfa("--version"));
        }
    }

    private CliRun.Result awsmfa(String... args) {
        return AwsMfaProcess.with(aws.env()).run(args);
    }

    private static void assertPlainVersion(CliRun.Result result) {
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().matches("awsmfa \\S+\\n"), result::toString);
        assertEquals("", result.err(), result::toString);
    }

    private static void assertReuse(CliRun.Result result) {
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.out(), result::toString);
        assertTrue(result.err().matches(VALID), result::toString);
    }

    private Path awaitArchive() throws Exception {
        return awaitArchive(cache);
    }

    /**
     * Waits for the background training: no lock, no work directory, and the everyday archive
     * (Java 25 also gets one for the refresh path); three minutes on a busy machine.
     */
    private static Path awaitArchive(Path cache) throws Exception {
        Path dir = cache.resolve("awsmfa");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            List<Path> entries = entries(dir);
            List<Path> everyday = entries.stream().filter(p -> isArchive(p) && !isRefreshArchive(p))
                    .collect(Collectors.toList());
            if (everyday.size() == 1 && entries.stream().noneMatch(LauncherArchiveIT::isTraining)) {
                return everyday.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no archive in " + dir + " after 3 minutes: " + entries(dir));
    }

    /** No temporary file, lock or work directory left behind; one archive, two on Java 25+, and what they came from. */
    private void assertOnlyArchives() throws IOException {
        List<Path> entries = cacheEntries();
        assertEquals(1, entries.stream().filter(p -> p.getFileName().toString().endsWith(".from")).count(),
                entries::toString);
        entries = entries.stream().filter(p -> !p.getFileName().toString().endsWith(".from")).collect(Collectors.toList());
        assertTrue(entries.stream().allMatch(LauncherArchiveIT::isArchive), entries::toString);
        assertEquals(1, entries.stream().filter(p -> !isRefreshArchive(p)).count(), entries::toString);
        assertTrue(entries.stream().filter(LauncherArchiveIT::isRefreshArchive).count() <= 1, entries::toString);
    }

    private static boolean isTraining(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".lock") || name.startsWith("train.");
    }

    private static boolean isRefreshArchive(Path path) {
        return path.getFileName().toString().endsWith(".refresh.jsa");
    }

    private List<Path> cacheEntries() throws IOException {
        return entries(cache.resolve("awsmfa"));
    }

    private static List<Path> entries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().collect(Collectors.toList());
        }
    }

    private static boolean isArchive(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".jsa") || name.endsWith(".aot");
    }

    /** New content, and a time stamp that keeps the launcher treating the file as current. */
    private static void overwrite(Path archive, byte[] content) throws IOException {
        if (Files.exists(archive)) {
            archive.toFile().setWritable(true);
        }
        Files.write(archive, content);
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(60)));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(path);
            }
        }
    }

    /** A copy of the packaged launcher and jar in another directory. */
    private static Path install(Path target) throws IOException {
        Files.createDirectories(target);
        Path launcher = AwsMfaProcess.launcher();
        Files.copy(launcher.resolveSibling("awsmfa.jar"), target.resolve("awsmfa.jar"));
        Path copy = Files.copy(launcher, target.resolve("awsmfa"), StandardCopyOption.COPY_ATTRIBUTES);
        copy.toFile().setExecutable(true);
        return copy;
    }
}
