package dev.awsmfa.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.StsStub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/hardening.md's threat model, tried against the packaged command: what another tool, a
 * special file, a hostile STS endpoint, root running with a user's HOME and a file that cannot be
 * renamed over can do, and what awsmfa does about each. Tests that need root (mknod, chown, mount)
 * skip with the reason where they cannot run.
 */
class ThreatModelIT extends StubbedStsFixture {
    static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    CliRun.Result awsmfa(String... args) {
        return AwsMfaProcess.with(aws.env()).run(args);
    }

    static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }

    static void assertOneLine(CliRun.Result result, ExitCode code, String phrase) {
        assertEquals(code.code(), result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("awsmfa: ") && result.err().endsWith("\n")
                && result.err().indexOf('\n') == result.err().length() - 1, "one line:\n" + result);
        assertTrue(result.err().contains(phrase), () -> "missing '" + phrase + "' in\n" + result);
    }

    @Nested
    class AnotherToolWritingTheFile {
        @Test
        void an_edit_made_while_the_code_is_typed_survives_the_refresh() throws Exception {
            aws.credentials(longTermSection("dev"));
            sts.succeeding(43_200);
            Path asked = dir.resolve("asked");
            Process refresh = AwsMfaProcess.with(aws.env()).start("--profile", "dev", "--token-command",
                    "touch '" + asked + "'; sleep 3; echo 123456");
            awaitFile(asked);
            // What `aws configure set region eu-west-1 --profile ops` does: rewrite the file in place.
            Files.writeString(aws.credentialsFile(), "\n[ops]\nregion = eu-west-1\n", StandardOpenOption.APPEND);
            CliRun.Result result = AwsMfaProcess.finish(refresh);
            assertEquals(0, result.exitCode(), result::toString);
            String after = aws.credentials();
            assertTrue(after.startsWith(longTermSection("dev") + "\n[ops]\nregion = eu-west-1\n\n[dev]\n"), after);
        }

        @Test
        void a_session_another_tool_writes_during_a_slow_sts_call_survives() throws Exception {
            aws.credentials(longTermSection("dev") + "\n[prod]\nregion = eu-west-1\n");
            sts.server().stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "text/xml").withFixedDelay(3_000)
                    .withBody(StsStub.body("get-session-token.xml").replaceAll("<Expiration>[^<]*</Expiration>",
                            "<Expiration>" + Instant.now().plusSeconds(43_000).toString() + "</Expiration>"))));
            Process refresh = AwsMfaProcess.with(aws.env()).start("--profile", "dev", "--token", "123456");
            awaitRequest();
            // The Python aws-mfa writing [prod]'s session: the whole file rewritten, [prod] replaced.
            String theirs = longTermSection("dev") + "\n[prod]\naws_access_key_id = ASIAOTHERTOOLEXAMPLE\n";
            Files.writeString(aws.credentialsFile(), theirs);
            CliRun.Result result = AwsMfaProcess.finish(refresh);
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(aws.credentials().startsWith(theirs + "\n[dev]\n"), aws.credentials());
        }

        private void awaitRequest() throws InterruptedException {
            Instant deadline = Instant.now().plusSeconds(30);
            while (sts.requests().isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            assertFalse(sts.requests().isEmpty(), "STS was never called");
        }
    }

    @Nested
    class SpecialFilesAsTheAwsFiles {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"list", "status"})
        void dev_zero_is_refused_within_seconds(String command) {
            aws.env("AWS_SHARED_CREDENTIALS_FILE", "/dev/zero");
            Instant start = Instant.now();
            assertOneLine(awsmfa(command), ExitCode.BAD_FILE, "/dev/zero: holds more than 16 MiB");
            assertTrue(Duration.between(start, Instant.now()).toSeconds() < 20);
        }

        @Test
        void a_named_pipe_is_refused_without_waiting_for_a_writer() throws Exception {
            Path fifo = dir.resolve("credentials-fifo");
            assumeTrue(run("mkfifo", fifo.toString()) == 0, "mkfifo is available");
            aws.env("AWS_SHARED_CREDENTIALS_FILE", fifo.toString());
            assertOneLine(awsmfa("list"), ExitCode.BAD_FILE, fifo + ": is a pipe");
        }

        @Test
        void a_process_substitution_is_refused_not_read_as_an_empty_file() throws Exception {
            aws.credentials(ValidSession.credentials("dev"));
            Process shell = new ProcessBuilder("bash", "-c", "AWS_SHARED_CREDENTIALS_FILE=<(cat \"$1\") \"$2\" list",
                    "bash", aws.credentialsFile().toString(), AwsMfaProcess.launcher().toString()).start();
            shell.getOutputStream().close();
            CliRun.Result result = AwsMfaProcess.finish(shell);
            assertEquals(ExitCode.BAD_FILE.code(), result.exitCode(), result::toString);
            assertTrue(result.err().contains("/dev/fd/") && result.err().contains("is a pipe"), result::toString);
            assertEquals("", result.out(), "no empty table");
        }

        @Test
        void a_named_pipe_as_the_lock_file_is_refused_not_waited_on() throws Exception {
            aws.credentials(longTermSection("dev"));
            sts.succeeding(43_200);
            Path lock = aws.credentialsFile().resolveSibling(".credentials.awsmfa.lock");
            assumeTrue(run("mkfifo", lock.toString()) == 0, "mkfifo is available");
            assertOneLine(awsmfa("--profile", "dev", "--token", "123456"), ExitCode.BAD_FILE,
                    "the lock file " + lock + " is a pipe");
            assertEquals(0, sts.requests().size());
        }

        @Test
        void a_character_device_is_never_replaced_nor_locked_beside() throws Exception {
            assumeTrue(ROOT, "mknod needs root (CI runs as root)");
            Path devices = Files.createDirectory(dir.resolve("devices"));
            Path device = devices.resolve("null");
            assertEquals(0, run("mknod", "-m", "666", device.toString(), "c", "1", "3"), "mknod");
            aws.env("AWS_SHARED_CREDENTIALS_FILE", device.toString());
            assertOneLine(awsmfa("--setup", "--profile", "dev"), ExitCode.BAD_FILE,
                    device + ": is a character device, not a regular file");
            assertOneLine(awsmfa("clear", "--expired"), ExitCode.BAD_FILE, "is a character device");
            assertTrue(isCharacterDevice(device), "still a device");
            assertEquals(List.of(device), list(devices), "no lock file beside it");
        }

        @Test
        void a_character_device_as_the_config_file_reads_as_empty_and_stays_a_device() throws Exception {
            assumeTrue(ROOT, "mknod needs root (CI runs as root)");
            Path device = dir.resolve("config-null");
            assertEquals(0, run("mknod", "-m", "666", device.toString(), "c", "1", "3"), "mknod");
            aws.credentials(longTermSection("dev")).env("AWS_CONFIG_FILE", device.toString());
            sts.succeeding(43_200);
            CliRun.Result result = awsmfa("--profile", "dev", "--token", "123456");
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(isCharacterDevice(device));
        }
    }

    @Nested
    class AHostileStsEndpoint {
        void answer(String body) {
            sts.server().stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "text/xml").withBody(body)));
        }

        String session(String expiration, String token) {
            return StsStub.body("get-session-token.xml")
                    .replaceAll("<Expiration>[^<]*</Expiration>", "<Expiration>" + expiration + "</Expiration>")
                    .replaceAll("<SessionToken>[^<]*</SessionToken>", "<SessionToken>" + token + "</SessionToken>");
        }

        void assertNothingWritten(String phrase) {
            aws.credentials(longTermSection("dev"));
            assertOneLine(awsmfa("--profile", "dev", "--token", "123456"), ExitCode.NETWORK, phrase);
            assertEquals(longTermSection("dev"), aws.credentials());
        }

        @Test
        void an_answer_of_megabytes_is_not_read_to_its_end() {
            answer(session(Instant.now().plusSeconds(3_600).toString(), "A".repeat(3 * 1024 * 1024)));
            assertNothingWritten("sent an answer larger than any STS answer");
        }

        @Test
        void a_token_larger_than_any_sts_token() {
            answer(session(Instant.now().plusSeconds(3_600).toString(), "A".repeat(20_000)));
            assertNothingWritten("its session token is 20000 characters long");
        }

        @Test
        void an_expiration_in_the_past() {
            answer(session("2000-01-01T00:00:00Z", "AQoEXAMPLE"));
            assertNothingWritten("its expiration, 2000-01-01T00:00:00Z, is not in the future");
        }

        @Test
        void a_value_with_surrounding_blanks() {
            answer(session(Instant.now().plusSeconds(3_600).toString(), " AQoEXAMPLE "));
            assertNothingWritten("its session token is not base64");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"this is not xml", "<<<garbage", "<?xml version='1.0'?>garbage", "<a><b>"})
        void a_garbage_answer_is_one_line_of_awsmfa_and_nothing_of_a_parser(String body) {
            answer(body);
            assertNothingWritten("STS at 127.0.0.1:");
        }
    }

    @Nested
    class RootWithTheUsersHome {
        @Test
        void a_refresh_leaves_the_credentials_and_the_lock_file_the_users() throws Exception {
            assumeTrue(ROOT, "only root can run as root (CI runs as root)");
            aws.credentials(longTermSection("dev"));
            sts.succeeding(43_200);
            Files.setAttribute(aws.credentialsFile().getParent(), "unix:uid", 4242);
            Files.setAttribute(aws.credentialsFile().getParent(), "unix:gid", 4343);
            Files.setAttribute(aws.credentialsFile(), "unix:uid", 4242);
            Files.setAttribute(aws.credentialsFile(), "unix:gid", 4343);
            CliRun.Result result = awsmfa("--profile", "dev", "--token", "123456");
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(aws.credentials().contains("[dev]\n"), aws.credentials());
            for (Path file : List.of(aws.credentialsFile(), aws.credentialsFile().resolveSibling(".credentials.awsmfa.lock"))) {
                assertEquals(4242, Files.getAttribute(file, "unix:uid"), file.toString());
                assertEquals(4343, Files.getAttribute(file, "unix:gid"), file.toString());
                assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(file)), file.toString());
            }
        }

        @Test
        void a_link_the_user_planted_is_not_followed_to_a_file_of_roots() throws Exception {
            assumeTrue(ROOT, "only root can run as root (CI runs as root)");
            Path rootsFile = Files.writeString(dir.resolve("roots-file"), "root's own\n");
            Path awsDirectory = Files.createDirectories(dir.resolve("home").resolve(".aws"));
            Path link = Files.createSymbolicLink(awsDirectory.resolve("credentials"), rootsFile);
            Files.setAttribute(link, "unix:uid", 4242, LinkOption.NOFOLLOW_LINKS);
            aws.env("AWS_SHARED_CREDENTIALS_FILE", link.toString());
            assertOneLine(awsmfa("clear", "--expired"), ExitCode.BAD_FILE, "belongs to uid 4242 and points at a file of "
                    + "another owner");
            assertEquals("root's own\n", Files.readString(rootsFile));
        }
    }

    @Nested
    class AFileThatCannotBeRenamedOver {
        @Test
        void a_directory_that_takes_no_new_file_is_found_before_the_code_is_asked_for() throws Exception {
            assumeTrue(ROOT, "a read-only bind mount needs root (CI runs as root)");
            aws.credentials(longTermSection("dev"));
            sts.succeeding(43_200);
            Path awsDirectory = aws.credentialsFile().getParent();
            assumeTrue(run("mount", "--bind", awsDirectory.toString(), awsDirectory.toString()) == 0, "mount works here");
            try {
                assertEquals(0, run("mount", "-o", "remount,ro,bind", awsDirectory.toString()));
                Path asked = dir.resolve("asked");
                CliRun.Result result = awsmfa("--profile", "dev", "--token-command", "touch '" + asked + "'; echo 123456");
                // The lock file beside it is the first file awsmfa would create there.
                assertOneLine(result, ExitCode.BAD_FILE, "Read-only file system");
                assertFalse(Files.exists(asked), "the code was never asked for");
                assertEquals(0, sts.requests().size(), "nothing sent to STS");
            } finally {
                run("umount", awsDirectory.toString());
            }
        }

        /** A host's credentials file bind-mounted over ours, as {@code docker run -v} does; unmount it after. */
        Path bindMountedCredentials() throws Exception {
            assumeTrue(ROOT, "a bind mount needs root (CI runs as root)");
            Path host = Files.writeString(dir.resolve("host-credentials"), longTermSection("dev"));
            Files.setPosixFilePermissions(host, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            aws.credentials("");
            sts.succeeding(43_200);
            assumeTrue(run("mount", "--bind", host.toString(), aws.credentialsFile().toString()) == 0, "mount works here");
            return host;
        }

        @Test
        void a_read_only_file_that_nothing_can_be_renamed_over_is_found_before_the_code_is_asked_for() throws Exception {
            bindMountedCredentials();
            try {
                assertEquals(0, run("mount", "-o", "remount,ro,bind", aws.credentialsFile().toString()));
                Path asked = dir.resolve("asked");
                CliRun.Result result = awsmfa("--profile", "dev", "--token-command", "touch '" + asked + "'; echo 123456");
                assertOneLine(result, ExitCode.BAD_FILE, "cannot write " + aws.credentialsFile() + ": it is a mount point");
                assertFalse(Files.exists(asked), "the code was never asked for");
                assertEquals(0, sts.requests().size(), "nothing sent to STS");
            } finally {
                run("umount", aws.credentialsFile().toString());
            }
        }

        @Test
        void a_file_bind_mounted_into_a_container_is_rewritten_in_place() throws Exception {
            Path host = bindMountedCredentials();
            try {
                CliRun.Result result = awsmfa("--profile", "dev", "--token", "123456", "--log-level", "DEBUG");
                assertEquals(0, result.exitCode(), result::toString);
                assertTrue(result.err().contains("rewritten in place: it is a mount point"), result::toString);
                assertTrue(Files.readString(host).startsWith(longTermSection("dev") + "\n[dev]\n"), "the host's file");
            } finally {
                run("umount", aws.credentialsFile().toString());
            }
        }
    }

    @Nested
    class HostileProfileNames {
        @Test
        void control_characters_in_a_section_name_reach_the_terminal_as_escapes() {
            aws.credentials("[evil\u001b]0;owned\u0007\u001b[2J]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n");
            CliRun.Result result = awsmfa("list");
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(result.out().contains("evil\\x1b]0;owned\\x07\\x1b[2J"), result::toString);
            assertFalse(result.out().contains("\u001b"), "no raw escape character");
        }
    }

    static boolean isCharacterDevice(Path path) throws IOException {
        return ((Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000) == 0020000;
    }

    static List<Path> list(Path directory) throws IOException {
        try (var entries = Files.list(directory)) {
            return entries.sorted().toList();
        }
    }

    static void awaitFile(Path file) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!Files.exists(file) && Instant.now().isBefore(deadline)) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        assertTrue(Files.exists(file), file + " never appeared");
    }
}
