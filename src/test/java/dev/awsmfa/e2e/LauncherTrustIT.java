package dev.awsmfa.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher maps a class-data archive (bytecode the JVM does not check against the jar) only
 * from a cache directory that no one but this user and root can write, and only an archive this
 * user owns: anything else another local user could plant would run as this user. Each test
 * plants a genuine archive, trained once for this class, under the very name the launcher looks
 * for, so an archive that were not refused would be mapped; the class-load log tells which.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the POSIX launcher; the .cmd launcher has no archive")
class LauncherTrustIT {
    /** Not the test's own user, as root can make files of. */
    static final int OTHER_UID = 4242;

    /** The archives a training of the packaged launcher writes, trained once for this class. */
    static List<Path> trained;

    @TempDir
    static Path reference;

    @TempDir
    Path dir;
    AwsHome aws;

    @BeforeAll
    static void train() throws Exception {
        AwsHome home = new AwsHome(reference.resolve("home")).credentials(ValidSession.credentials("dev"));
        Path cache = reference.resolve("cache");
        CliRun.Result result = AwsMfaProcess.with(home.env("XDG_CACHE_HOME", cache.toString()).env()).run("--version");
        assertEquals(0, result.exitCode(), result::toString);
        trained = awaitTraining(cache.resolve("awsmfa"));
    }

    @BeforeEach
    void setUp() {
        aws = new AwsHome(dir.resolve("aws")).credentials(ValidSession.credentials("dev"));
    }

    /** No training may still write below the temporary directory JUnit is about to delete. */
    @AfterEach
    void noTrainingLeft() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!inTraining(dir).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals(List.of(), inTraining(dir), "a training was still running");
    }

    @Nested
    class APlantedArchiveIsNotMapped {
        @Test
        void from_a_directory_of_another_user() throws Exception {
            assumeTrue(isRoot(), "needs root to give the directory to another uid");
            Path cache = plantedCache(dir.resolve("xdg"));
            Files.setAttribute(cache, "unix:uid", OTHER_UID);
            for (Path archive : list(cache)) {
                Files.setAttribute(archive, "unix:uid", OTHER_UID);
            }
            assertRefused(cache);
        }

        @Test
        void owned_by_another_user_in_a_directory_of_ours() throws Exception {
            assumeTrue(isRoot(), "needs root to give the archive to another uid");
            Path cache = plantedCache(dir.resolve("xdg"));
            for (Path archive : list(cache)) {
                Files.setAttribute(archive, "unix:uid", OTHER_UID);
            }
            assertFalse(archiveMapped(run(dir.resolve("xdg"), "--profile", "dev")), "the archive was mapped");
            // The launcher drops it and trains its own in its place.
            for (Path archive : awaitTraining(cache)) {
                assertEquals(ownUid(), Files.getAttribute(archive, "unix:uid"), archive::toString);
            }
        }

        @Test
        void from_a_directory_anyone_can_write() throws Exception {
            Path cache = plantedCache(dir.resolve("xdg"));
            Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
            assertRefused(cache);
        }

        @Test
        void from_a_directory_its_group_can_write() throws Exception {
            Path cache = plantedCache(dir.resolve("xdg"));
            Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwx---"));
            assertRefused(cache);
        }

        @Test
        void from_below_a_directory_anyone_can_write_and_rename_in() throws Exception {
            Path cache = plantedCache(dir.resolve("xdg"));
            Files.setPosixFilePermissions(dir.resolve("xdg"), PosixFilePermissions.fromString("rwxrwxrwx"));
            assertRefused(cache);
        }

        @Test
        void writable_by_others_in_a_directory_of_ours() throws Exception {
            Path cache = plantedCache(dir.resolve("xdg"));
            for (Path archive : list(cache)) {
                Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rw-rw-rw-"));
            }
            assertFalse(archiveMapped(run(dir.resolve("xdg"), "--profile", "dev")), "the archive was mapped");
            awaitTraining(cache);
        }
    }

    /** The same planted archive, where only this user can have put it: mapped, so the refusals above mean something. */
    @Nested
    class AnArchiveOfOurOwn {
        @Test
        void in_a_private_directory_is_mapped() throws Exception {
            Path cache = plantedCache(dir.resolve("xdg"));
            Map<String, String> before = snapshot(cache);
            assertTrue(archiveMapped(run(dir.resolve("xdg"), "--profile", "dev")), "the archive was not mapped");
            assertEquals(before, snapshot(cache), "a usable archive needs no training");
        }

        @Test
        void below_a_sticky_directory_anyone_can_write_is_mapped() throws Exception {
            Path cache = plantedCache(dir.resolve("xdg"));
            chmod("1777", dir.resolve("xdg"));
            assertTrue(archiveMapped(run(dir.resolve("xdg"), "--profile", "dev")), "the archive was not mapped");
        }
    }

    @Nested
    class NothingIsWritten {
        @Test
        void into_a_relative_xdg_cache_home_but_into_home() throws Exception {
            Path work = Files.createDirectories(dir.resolve("work"));
            Path home = Files.createDirectories(dir.resolve("home"));
            Map<String, String> env = environment(Map.of("XDG_CACHE_HOME", "relcache", "HOME", home.toString()));
            ProcessResult result = launch(work, env, "--version");
            assertEquals(0, result.exitCode(), result::toString);
            assertFalse(Files.exists(work.resolve("relcache"), LinkOption.NOFOLLOW_LINKS), "relcache was created");
            assertEquals(List.of(), list(work), "the working directory was written to");
            List<Path> archives = awaitTraining(home.resolve(".cache").resolve("awsmfa"));
            assertFalse(archives.isEmpty(), "no archive in $HOME/.cache/awsmfa");
        }

        @Test
        void when_the_cache_path_holds_a_colon_which_the_jvm_flags_cannot_carry() throws Exception {
            Path xdg = dir.resolve("a:b");
            Path cache = Files.createDirectories(xdg.resolve("awsmfa"));
            Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwx------"));
            for (int i = 0; i < 2; i++) {
                assertFalse(archiveMapped(run(xdg, "--profile", "dev")), "an archive was mapped");
            }
            // A training would show within a second as a lock or train.* directory.
            Thread.sleep(2000);
            assertEquals(List.of(), list(cache), "a training started, which could never store its archive");
        }

        @Test
        void by_root_into_the_home_of_another_user() throws Exception {
            assumeTrue(isRoot(), "needs root: the case of sudo -E, root with a user's HOME");
            Path home = Files.createDirectories(dir.resolve("alice"));
            Files.setAttribute(home, "unix:uid", OTHER_UID);
            Map<String, String> before = snapshot(home);
            aws.env("HOME", home.toString()).env("XDG_CACHE_HOME", "");
            CliRun.Result result = awsmfa("--profile", "dev");
            assertEquals(0, result.exitCode(), result::toString);
            assertFalse(archiveMapped(result), "an archive was mapped");
            Thread.sleep(2000);
            assertEquals(before, snapshot(home), "root wrote into the user's HOME");
        }
    }

    @Nested
    class ALinkAtTheArchiveName {
        @Test
        void planted_before_a_run_is_removed_and_its_target_kept() throws Exception {
            Path cache = privateCache(dir.resolve("xdg"));
            Path target = Files.writeString(dir.resolve("precious"), "precious\n");
            for (Path archive : trained) {
                Files.createSymbolicLink(cache.resolve(archive.getFileName()), target);
            }
            // And at the record of what the archives were built from (KEY.from).
            String key = trained.get(0).getFileName().toString().split("-")[0];
            Files.createSymbolicLink(cache.resolve(key + ".from"), target);
            CliRun.Result result = run(dir.resolve("xdg"), "--profile", "dev");
            assertFalse(archiveMapped(result), "the link's target was mapped");
            List<Path> archives = awaitTraining(cache);
            assertEquals("precious\n", Files.readString(target));
            assertNoLinks(cache, archives);
        }

        @Test
        void planted_during_the_training_is_not_written_through() throws Exception {
            Path cache = privateCache(dir.resolve("xdg"));
            Path target = Files.writeString(dir.resolve("precious"), "precious\n");
            aws.env("XDG_CACHE_HOME", dir.resolve("xdg").toString());
            CliRun.Result result = awsmfa("--version");
            assertEquals(0, result.exitCode(), result::toString);
            // The training's archives are as large as the reference's: same jar, same runtime.
            for (Path archive : trained) {
                try {
                    Files.createSymbolicLink(cache.resolve(archive.getFileName()), target);
                } catch (FileAlreadyExistsException trainedAlready) {
                    // A fast machine: that archive is in place already, nothing left to race.
                }
            }
            awaitTraining(cache);
            assertEquals("precious\n", Files.readString(target));
            // A link the training did not replace (an archive of another size) goes on the next run.
            assertEquals(0, awsmfa("--version").exitCode());
            assertNoLinks(cache, awaitTraining(cache));
            assertEquals("precious\n", Files.readString(target));
        }
    }

    /** The launcher tells Java the directory it found; Java alone finds the same one. */
    @Nested
    class OneRuleForTheCacheDirectory {
        @Test
        void with_an_absolute_xdg_cache_home() throws Exception {
            assertSameDirectory(Map.of("XDG_CACHE_HOME", dir.resolve("xdg").toString(),
                    "HOME", dir.resolve("home").toString()));
        }

        @Test
        void with_a_relative_xdg_cache_home() throws Exception {
            assertSameDirectory(Map.of("XDG_CACHE_HOME", "relcache", "HOME", dir.resolve("home").toString()));
        }

        @Test
        void with_home_only() throws Exception {
            assumeFalse(OS.MAC.isCurrentOs(), "macOS: the launcher takes ~/Library/Caches only where it exists; "
                    + "with_home_holding_library_caches covers macOS");
            assertSameDirectory(Map.of("XDG_CACHE_HOME", "", "HOME", dir.resolve("home").toString()));
        }

        @Test
        void with_home_holding_library_caches() throws Exception {
            // The macOS layout: there the launcher asks uname, here it must still agree with Java.
            Files.createDirectories(dir.resolve("home").resolve("Library").resolve("Caches"));
            assertSameDirectory(Map.of("XDG_CACHE_HOME", "", "HOME", dir.resolve("home").toString()));
        }

        @Test
        void with_a_cache_directory_that_is_not_used() throws Exception {
            Path xdg = Files.createDirectories(dir.resolve("xdg"));
            Files.setPosixFilePermissions(xdg, PosixFilePermissions.fromString("rwxrwxrwx"));
            assertSameDirectory(Map.of("XDG_CACHE_HOME", xdg.toString(), "HOME", dir.resolve("home").toString()));
        }

        @Test
        void with_neither_xdg_cache_home_nor_home() throws Exception {
            assertSameDirectory(Map.of("XDG_CACHE_HOME", "", "HOME", ""));
        }

        private void assertSameDirectory(Map<String, String> variables) throws Exception {
            Path work = Files.createDirectories(dir.resolve("work"));
            Files.createDirectories(dir.resolve("home"));
            Map<String, String> env = environment(variables);
            String[] args = {"status", "--profile", "dev", "--log-level", "DEBUG"};
            ProcessResult plain = plainJava(work, env, args);
            ProcessResult launched = launch(work, env, args);
            String line = cacheLine(plain);
            assertEquals(line, cacheLine(launched),
                    () -> "java alone: " + plain + "\nthrough the launcher: " + launched);
            // A directory the launcher trains in must be the one Java names.
            for (Path cache : List.of(dir.resolve("xdg").resolve("awsmfa"), dir.resolve("home").resolve(".cache")
                    .resolve("awsmfa"))) {
                if (Files.isDirectory(cache, LinkOption.NOFOLLOW_LINKS) && !list(cache).isEmpty()) {
                    assertTrue(line.contains(cache.toRealPath() + ": used"),
                            () -> line + " but the launcher used " + cache);
                }
            }
        }

        private String cacheLine(ProcessResult result) {
            assertEquals(0, result.exitCode(), result::toString);
            List<String> lines = result.err().lines()
                    .filter(l -> l.startsWith("awsmfa: debug: cache directory ")
                            || l.startsWith("awsmfa: debug: no cache directory"))
                    .collect(Collectors.toList());
            assertEquals(1, lines.size(), result::toString);
            return lines.get(0);
        }
    }

    /** A private cache directory holding the trained archives under their own names. */
    private Path plantedCache(Path xdg) throws IOException {
        Path cache = privateCache(xdg);
        for (Path archive : trained) {
            Files.copy(archive, cache.resolve(archive.getFileName()));
        }
        return cache;
    }

    private static Path privateCache(Path xdg) throws IOException {
        Path cache = Files.createDirectories(xdg.resolve("awsmfa"));
        Files.setPosixFilePermissions(xdg, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwx------"));
        return cache;
    }

    /** Not mapped, and neither the launcher nor Java wrote anything into the directory. */
    private void assertRefused(Path cache) throws Exception {
        Map<String, String> before = snapshot(cache);
        for (String[] args : List.of(new String[] {"--profile", "dev"}, new String[] {"--version"})) {
            CliRun.Result result = run(cache.getParent(), args);
            assertEquals(0, result.exitCode(), result::toString);
            assertFalse(archiveMapped(result), "the planted archive was mapped");
        }
        Thread.sleep(2000);
        assertEquals(before, snapshot(cache), "something was written into the refused directory");
    }

    private CliRun.Result run(Path xdg, String... args) {
        aws.env("XDG_CACHE_HOME", xdg.toString());
        return awsmfa(args);
    }

    private Path lastLog;

    /** Runs the launcher with the JVM's class-load log on; {@link #archiveMapped} reads it. */
    private CliRun.Result awsmfa(String... args) {
        lastLog = dir.resolve("classes-" + System.nanoTime() + ".log");
        aws.env("AWSMFA_JAVA_OPTS", "-Xlog:class+load=info:file=" + lastLog);
        return AwsMfaProcess.with(aws.env()).run(args);
    }

    /** Whether awsmfa's own classes came from a class-data archive: the JDK's default one holds none. */
    private boolean archiveMapped(CliRun.Result result) throws IOException {
        assertEquals(0, result.exitCode(), result::toString);
        try (Stream<String> lines = Files.lines(lastLog)) {
            List<String> main = lines.filter(line -> line.contains(" dev.awsmfa.Main ")).collect(Collectors.toList());
            assertEquals(1, main.size(), () -> "dev.awsmfa.Main in the class-load log: " + main);
            return main.get(0).contains("source: shared objects file");
        }
    }

    private static void assertNoLinks(Path cache, List<Path> archives) throws IOException {
        for (Path entry : list(cache)) {
            assertFalse(Files.isSymbolicLink(entry), entry + " is still a link");
        }
        assertFalse(archives.isEmpty(), "no archive was trained");
        for (Path archive : archives) {
            assertTrue(Files.isRegularFile(archive, LinkOption.NOFOLLOW_LINKS), archive::toString);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(archive,
                    LinkOption.NOFOLLOW_LINKS)), archive::toString);
        }
    }

    /** Waits for the background training in CACHE to end; its archives (three minutes on a busy machine). */
    static List<Path> awaitTraining(Path cache) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            List<Path> entries = list(cache);
            boolean training = entries.stream().anyMatch(LauncherTrustIT::isTraining);
            List<Path> archives = entries.stream().filter(p -> p.getFileName().toString().endsWith(".jsa"))
                    .collect(Collectors.toList());
            if (!training && !archives.isEmpty()) {
                return archives;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no archive in " + cache + " after 3 minutes: " + list(cache));
    }

    private static boolean isTraining(Path entry) {
        String name = entry.getFileName().toString();
        return name.endsWith(".lock") || name.startsWith("train.");
    }

    private static List<Path> inTraining(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root) && isTraining(p) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .collect(Collectors.toList());
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().collect(Collectors.toList());
        }
    }

    /** Every entry below ROOT with its type, size, modification time and owner. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.collect(Collectors.toList())) {
                Map<String, Object> attributes = Files.readAttributes(path, "unix:mode,size,lastModifiedTime,uid",
                        LinkOption.NOFOLLOW_LINKS);
                entries.put(root.relativize(path).toString(), new TreeMap<>(attributes).toString());
            }
        }
        return entries;
    }

    private static boolean isRoot() {
        return ownUid() == 0;
    }

    private static int ownUid() {
        try {
            Path probe = Files.createTempFile("uid", ".probe");
            try {
                return (Integer) Files.getAttribute(probe, "unix:uid");
            } finally {
                Files.delete(probe);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chmod(String mode, Path path) throws Exception {
        Process chmod = new ProcessBuilder("chmod", mode, path.toString()).inheritIO().start();
        assertTrue(chmod.waitFor(30, TimeUnit.SECONDS) && chmod.exitValue() == 0, "chmod " + mode + " " + path);
    }

    record ProcessResult(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    /** AwsMfaProcess's clean environment, with the test's AWS files and these variables. */
    private Map<String, String> environment(Map<String, String> variables) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("LANG", "C.UTF-8");
        env.put("TZ", "UTC");
        env.putAll(aws.env());
        env.putAll(variables);
        return env;
    }

    /** The launcher in WORK (AwsMfaProcess always runs in the build directory). */
    private static ProcessResult launch(Path work, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(AwsMfaProcess.launcher().toString()));
        command.addAll(List.of(args));
        return start(work, env, command);
    }

    /** The jar on this JVM, without the launcher: Java's own rule. */
    private static ProcessResult plainJava(Path work, Map<String, String> env, String... args) throws Exception {
        Path jar = Paths.get(System.getProperty("awsmfa.jar", "target/awsmfa.jar")).toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", jar.toString(), "dev.awsmfa.Main"));
        command.addAll(List.of(args));
        return start(work, env, command);
    }

    private static ProcessResult start(Path work, Map<String, String> env, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.redirectInput(new File("/dev/null"));
        Process process = builder.start();
        CompletableFuture<String> out = read(process.getInputStream());
        CompletableFuture<String> err = read(process.getErrorStream());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not finish within 60 s: " + command);
        }
        return new ProcessResult(process.exitValue(), out.join(), err.join());
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
