package dev.awsmfa.e2e;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The archives {@code mvn package} builds: their layout, modes, and the tool run from an unpacked copy. */
class DistributionIT {
    static final String VERSION = System.getProperty("awsmfa.version");
    static final String ROOT = "awsmfa-" + VERSION + "/";
    static final List<String> LAYOUT = List.of("bin/awsmfa", "bin/awsmfa.cmd", "bin/aws-mfa", "bin/aws-mfa.cmd",
            "lib/awsmfa.jar", "completion/awsmfa.bash", "completion/awsmfa.zsh", "completion/awsmfa.fish",
            "man/man1/awsmfa.1", "docs/man/awsmfa.adoc", "docs/install.md", "LICENSE", "README.md");

    static Path archive(String property) {
        Path path = Path.of(System.getProperty(property, "(unset)"));
        assertTrue(Files.isRegularFile(path), path + " is missing: run `mvn package` (the ITs run in `mvn verify`)");
        return path;
    }

    static Path tarGz() {
        return archive("awsmfa.tarball");
    }

    static Path zip() {
        return archive("awsmfa.zip");
    }

    /** Files (not directories) in the tar.gz, relative to its top directory, with their modes. */
    static Map<String, Integer> tarFiles() throws IOException {
        Map<String, Integer> files = new java.util.TreeMap<>();
        TarEntries.modes(tarGz()).forEach((name, mode) -> {
            assertTrue(name.startsWith(ROOT), name + " is outside " + ROOT);
            if (!name.endsWith("/")) {
                files.put(name.substring(ROOT.length()), mode);
            }
        });
        return files;
    }

    static byte[] zipEntry(String name) throws IOException {
        try (ZipFile zip = new ZipFile(zip().toFile())) {
            ZipEntry entry = zip.getEntry(ROOT + name);
            assertTrue(entry != null, name + " is not in the zip");
            try (InputStream in = zip.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
    }

    @Nested
    class Contents {
        @Test
        void tar_gz_holds_launchers_jar_completion_man_page_license_and_readme() throws IOException {
            assertTrue(tarFiles().keySet().containsAll(LAYOUT), () -> "missing from the tar.gz: " + missing());
        }

        private List<String> missing() {
            try {
                List<String> missing = new ArrayList<>(LAYOUT);
                missing.removeAll(tarFiles().keySet());
                return missing;
            } catch (IOException e) {
                return List.of(e.toString());
            }
        }

        @Test
        void every_file_readme_links_to_is_in_the_archive() throws IOException {
            String readme = new String(zipEntry("README.md"), StandardCharsets.UTF_8);
            List<String> links = new ArrayList<>();
            for (int at = readme.indexOf("](docs/"); at >= 0; at = readme.indexOf("](docs/", at + 1)) {
                String target = readme.substring(at + 2, readme.indexOf(')', at));
                links.add(target.contains("#") ? target.substring(0, target.indexOf('#')) : target);
            }
            assertTrue(links.size() >= 5, links::toString);
            Set<String> files = tarFiles().keySet();
            for (String link : links) {
                assertTrue(files.contains(link) || files.stream().anyMatch(f -> f.startsWith(link + "/")),
                        () -> "README links " + link + ", which the archive does not hold");
            }
        }

        @Test
        void zip_holds_the_same_files() throws IOException {
            TreeSet<String> zipped = new TreeSet<>();
            try (ZipFile zip = new ZipFile(zip().toFile())) {
                Collections.list(zip.entries()).stream().filter(e -> !e.isDirectory())
                        .forEach(e -> zipped.add(e.getName().substring(ROOT.length())));
            }
            assertEquals(new TreeSet<>(tarFiles().keySet()), zipped);
        }

        @Test
        void launchers_are_executable_and_the_rest_is_not() throws IOException {
            tarFiles().forEach((name, mode) -> assertEquals(name.startsWith("bin/") ? 0755 : 0644, mode & 07777,
                    () -> name + " has mode " + Integer.toOctalString(mode)));
        }

        @Test
        void launchers_keep_their_line_endings() throws IOException {
            for (String name : List.of("awsmfa", "aws-mfa")) {
                String windows = new String(zipEntry("bin/" + name + ".cmd"), StandardCharsets.US_ASCII);
                String posix = new String(zipEntry("bin/" + name), StandardCharsets.US_ASCII);
                assertEquals(windows.split("\n", -1).length, windows.split("\r\n", -1).length, "bare LF in " + name + ".cmd");
                assertFalse(posix.contains("\r"), "CR in the POSIX launcher " + name);
            }
        }

        @Test
        void completion_scripts_know_the_options() throws IOException {
            for (String shell : List.of("bash", "zsh", "fish")) {
                String completion = new String(zipEntry("completion/awsmfa." + shell), StandardCharsets.UTF_8);
                for (String option : List.of("--profile", "--device", "--duration", "--token-command", "--log-level")) {
                    assertTrue(completion.contains("'" + option + "="), option + " is not completed in " + shell);
                }
                assertFalse(completion.contains("__awsmfa_profiles__"), "a placeholder is offered as a profile name");
            }
        }
    }

    /** An unpacked copy: the tar.gz through the system's tar (keeps the modes), on Windows the zip. */
    @Nested
    class Installed {
        @TempDir
        Path dir;
        Path root;
        AwsHome aws;

        @BeforeEach
        void unpack() throws Exception {
            if (OS.WINDOWS.isCurrentOs()) {
                unzip();
            } else {
                Process tar = new ProcessBuilder("tar", "-xzf", tarGz().toString(), "-C", dir.toString())
                        .redirectErrorStream(true).start();
                assertTrue(tar.waitFor(60, TimeUnit.SECONDS), "tar did not finish");
                assertEquals(0, tar.exitValue(), () -> "tar failed: " + output(tar));
            }
            root = dir.resolve(ROOT);
            aws = new AwsHome(dir.resolve("home")).credentials(longTermSection("dev"));
        }

        private void unzip() throws IOException {
            try (ZipFile zip = new ZipFile(zip().toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    Path target = dir.resolve(entry.getName().replace('/', File.separatorChar));
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, target);
                        }
                    }
                }
            }
        }

        private String output(Process process) {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        }

        CliRun.Result awsmfa(String... args) {
            Path launcher = root.resolve("bin").resolve(OS.WINDOWS.isCurrentOs() ? "awsmfa.cmd" : "awsmfa");
            return AwsMfaProcess.with(aws.env()).launcher(launcher).run(args);
        }

        @Test
        void prints_the_version_of_the_build() {
            CliRun.Result result = awsmfa("--version");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals("awsmfa " + VERSION, result.out().trim());
        }

        @Test
        void runs_as_aws_mfa_too_also_through_a_symlink_on_path() throws Exception {
            String name = OS.WINDOWS.isCurrentOs() ? "aws-mfa.cmd" : "aws-mfa";
            CliRun.Result direct = AwsMfaProcess.with(aws.env()).launcher(root.resolve("bin").resolve(name))
                    .run("--version");
            assertEquals(0, direct.exitCode(), direct::toString);
            assertEquals("awsmfa " + VERSION, direct.out().trim());
            if (!OS.WINDOWS.isCurrentOs()) {
                Path onPath = Files.createDirectories(dir.resolve("usr-local-bin")).resolve("aws-mfa");
                Files.createSymbolicLink(onPath, root.resolve("bin/aws-mfa"));
                CliRun.Result linked = AwsMfaProcess.with(aws.env()).launcher(onPath).run("status", "--profile", "dev");
                assertEquals(awsmfa("status", "--profile", "dev").out(), linked.out(), linked::toString);
                assertTrue(linked.out().contains("dev"), linked::toString);
            }
        }

        @Test
        void lists_the_profiles() {
            CliRun.Result result = awsmfa("list");
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(result.out().contains("dev"), result::toString);
        }

        @Test
        void ships_the_completion_scripts_awsmfa_completion_prints() throws IOException {
            for (String shell : List.of("bash", "zsh", "fish")) {
                CliRun.Result result = awsmfa("completion", shell);
                assertEquals(0, result.exitCode(), result::toString);
                assertEquals(Files.readString(root.resolve("completion").resolve("awsmfa." + shell)), result.out(), shell);
            }
        }

        @Test
        void reports_a_missing_jar_with_exit_1() throws IOException {
            Files.delete(root.resolve("lib").resolve("awsmfa.jar"));
            CliRun.Result result = awsmfa("--version");
            assertEquals(1, result.exitCode(), result::toString);
            assertTrue(result.err().contains("cannot find awsmfa.jar"), result::toString);
        }

        @Test
        void passes_arguments_with_spaces_through_unchanged() {
            CliRun.Result result = awsmfa("--profile", "no such profile", "--token", "123456");
            assertTrue(result.err().contains("no such profile"), result::toString);
        }
    }
}
