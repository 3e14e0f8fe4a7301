package dev.awsmfa.e2e;

import static dev.awsmfa.testing.AwsHome.LONG_TERM_KEY_ID;
import static dev.awsmfa.testing.AwsHome.LONG_TERM_SECRET;
import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.PassStoreHome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code awsmfa keys move} with the real stores Debian has, run as the packaged {@code target/awsmfa} against a
 * WireMock STS: {@code pass} (a GPG key made for the test) and the Secret Service (gnome-keyring-daemon in a
 * {@code dbus-run-session}). The credentials file keeps every byte outside the edited lines, a refresh signs STS
 * with the stored key, a reuse never opens the store, and awsmfa killed at each step leaves a working key where the
 * file says.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the POSIX launcher, pass and shell scripts")
class KeyStoresIT extends StubbedStsFixture {
    static final String BEFORE = "# my keys, by hand\n" + longTermSection("dev") + "region = eu-west-1\n\n"
            + "[other]\naws_access_key_id = AKIAI44QH8DHBEXAMPLE\naws_secret_access_key = fake-other-secret\n";
    static final String LINE = "credential_process = awsmfa keys get --store pass --entry dev-long-term\n";
    static final String OTHER = "\n[other]\naws_access_key_id = AKIAI44QH8DHBEXAMPLE\n"
            + "aws_secret_access_key = fake-other-secret\n";
    static final String KEPT = "# my keys, by hand\n[dev-long-term]\n"
            + "aws_mfa_device = arn:aws:iam::123456789012:mfa/alice\nregion = eu-west-1\n";
    /** The key lines go; the line that reads them back follows the section's last option. */
    static final String AFTER = KEPT + LINE + OTHER;
    /** And back: the key lines follow the section's last option; no other byte changed. */
    static final String BACK = KEPT + "aws_access_key_id = " + LONG_TERM_KEY_ID + "\naws_secret_access_key = "
            + LONG_TERM_SECRET + "\n" + OTHER;

    PassStoreHome pass;

    @BeforeEach
    void makeTheStore() throws IOException {
        pass = PassStoreHome.create(dir);
        pass.env().forEach(aws::env);
        aws.credentials(BEFORE);
    }

    @AfterEach
    void stopGpgAgent() throws IOException {
        if (pass != null) {
            pass.close();
        }
    }

    CliRun.Result awsmfa(String... args) {
        return AwsMfaProcess.with(aws.env()).run(args);
    }

    @Test
    void pass_round_trip_edits_only_the_key_lines_and_a_refresh_signs_with_the_stored_key() {
        CliRun.Result moved = awsmfa("keys", "move", "--profile", "dev", "--to", "pass");
        assertEquals(0, moved.exitCode(), moved::toString);
        assertEquals(AFTER, aws.credentials());
        assertTrue(pass.show("awsmfa/dev-long-term").contains("\"SecretAccessKey\": \"" + LONG_TERM_SECRET + "\""));
        assertFalse(moved.err().contains(LONG_TERM_SECRET) || moved.out().contains(LONG_TERM_SECRET), moved::toString);

        CliRun.Result listed = awsmfa("keys", "list");
        assertTrue(listed.out().contains("pass entry awsmfa/dev-long-term"), listed::toString);
        assertFalse(listed.out().contains(LONG_TERM_SECRET), listed::toString);

        sts.succeeding(43_200);
        CliRun.Result refreshed = awsmfa("--profile", "dev", "--token", "123456");
        assertEquals(0, refreshed.exitCode(), refreshed::toString);
        assertTrue(sts.requests().get(0).getHeader("Authorization").contains("Credential=" + LONG_TERM_KEY_ID + "/"));

        String printed = awsmfa("keys", "get", "--store", "pass", "--entry", "dev-long-term").out();
        assertEquals("{\"Version\": 1, \"AccessKeyId\": \"" + LONG_TERM_KEY_ID + "\", \"SecretAccessKey\": \""
                + LONG_TERM_SECRET + "\"}\n", printed);

        CliRun.Result back = awsmfa("keys", "move", "--profile", "dev", "--to", "file");
        assertEquals(0, back.exitCode(), back::toString);
        assertTrue(aws.credentials().startsWith(BACK + "\n[dev]\n"), aws.credentials());
        assertNull(pass.show("awsmfa/dev-long-term"), "the store's copy is removed once the file holds the keys");
    }

    @Test
    void reusing_a_session_lists_and_statuses_never_open_the_store() throws IOException {
        assertEquals(0, awsmfa("keys", "move", "--profile", "dev", "--to", "pass").exitCode());
        aws.credentials(aws.credentials() + "\n" + ValidSession.credentials("dev")
                .substring(longTermSection("dev").length() + 1));
        Path marker = dir.resolve("store opened");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        script(bin.resolve("pass"), "#!/bin/sh\ntouch '" + marker + "'\nexit 1\n");
        aws.env("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        for (String[] line : List.of(new String[] {"--profile", "dev"}, new String[] {"list"},
                new String[] {"keys", "list"}, new String[] {"status", "--profile", "dev"},
                new String[] {"export", "--profile", "dev"}, new String[] {"credential-process", "--profile", "dev"})) {
            CliRun.Result result = awsmfa(line);
            assertEquals(0, result.exitCode(), () -> String.join(" ", line) + "\n" + result);
        }
        assertFalse(Files.exists(marker), "a command that needs no new session opened the store");
        assertTrue(sts.requests().isEmpty());
    }

    /**
     * awsmfa is killed (SIGKILL, by a {@code pass} stand-in that runs the real one first or not) at each step of a
     * move there and back; the key must then work from where the file says, and a second move must finish the job.
     */
    @ParameterizedTest
    @ValueSource(strings = {"to:insert:before", "to:insert:after", "to:show:after", "back:show:after",
            "back:rm:before", "back:rm:after"})
    void killed_at_any_step_a_working_key_is_where_the_file_says(String point) throws IOException {
        String[] parts = point.split(":");
        boolean back = parts[0].equals("back");
        if (back) {
            assertEquals(0, awsmfa("keys", "move", "--profile", "dev", "--to", "pass").exitCode());
        }
        Path bin = Files.createDirectories(dir.resolve("bin"));
        String real = realPass();
        String kill = "kill -9 $PPID; sleep 5\n";
        script(bin.resolve("pass"), "#!/bin/sh\nif [ \"$1\" = '" + parts[1] + "' ]; then\n"
                + (parts[2].equals("before") ? "  " + kill : "  '" + real + "' \"$@\" </dev/stdin; " + kill)
                + "fi\nexec '" + real + "' \"$@\"\n");
        aws.env("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));

        CliRun.Result killed = awsmfa("keys", "move", "--profile", "dev", "--to", back ? "file" : "pass");
        assertNotEquals(0, killed.exitCode(), killed::toString);

        String file = aws.credentials();
        boolean inFile = file.contains("aws_access_key_id = " + LONG_TERM_KEY_ID);
        assertTrue(inFile != file.contains(LINE), "the file names exactly one place:\n" + file);
        assertTrue(file.equals(back ? BACK : BEFORE) || file.equals(AFTER), "before or after, nothing between:\n"
                + file);
        aws.env("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        sts.succeeding(43_200);
        CliRun.Result refreshed = awsmfa("--profile", "dev", "--token", "123456");
        assertEquals(0, refreshed.exitCode(), () -> point + "\n" + file + "\n" + refreshed);
        assertTrue(sts.requests().get(0).getHeader("Authorization").contains("Credential=" + LONG_TERM_KEY_ID + "/"));

        CliRun.Result again = awsmfa("keys", "move", "--profile", "dev", "--to", back ? "file" : "pass");
        assertEquals(0, again.exitCode(), again::toString);
        assertEquals(!back, aws.credentials().contains(LINE), aws.credentials());
    }

    @Test
    void secret_service_round_trip_in_a_gnome_keyring() throws Exception {
        for (String program : List.of("dbus-run-session", "gnome-keyring-daemon", "secret-tool")) {
            assumeTrue(AwsMfaProcess.onPath(program), program + " is not installed (.ci/run installs dbus, "
                    + "gnome-keyring and libsecret-tools)");
        }
        Path runtime = Files.createDirectories(dir.resolve("run"));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
        String launcher = AwsMfaProcess.launcher().toString();
        Path out = dir.resolve("session.out");
        sts.succeeding(43_200);
        String session = "printf 'test-keyring-password' | gnome-keyring-daemon --unlock --components=secrets "
                + ">/dev/null\n"
                + "'" + launcher + "' keys move --profile dev --to secret-service; echo \"move=$?\"\n"
                + "cat \"$AWS_SHARED_CREDENTIALS_FILE\"\n"
                + "secret-tool lookup service awsmfa profile dev-long-term; echo; echo \"lookup=$?\"\n"
                + "'" + launcher + "' --profile dev --token 123456; echo \"refresh=$?\"\n"
                + "'" + launcher + "' keys move --profile dev --to file; echo \"back=$?\"\n"
                + "secret-tool lookup service awsmfa profile dev-long-term; echo \"gone=$?\"\n";
        ProcessBuilder builder = new ProcessBuilder("dbus-run-session", "--", "sh", "-c", session)
                .redirectErrorStream(true).redirectOutput(out.toFile());
        Map<String, String> env = new HashMap<>(aws.env());
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("XDG_RUNTIME_DIR", runtime.toString());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        builder.environment().clear();
        builder.environment().putAll(AwsMfaProcess.withSharedCache(env));
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the D-Bus session did not end");
        String transcript = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(transcript.contains("move=0\n"), transcript);
        assertTrue(transcript.contains("credential_process = awsmfa keys get --store secret-service --entry "
                + "dev-long-term\n"), transcript);
        assertTrue(transcript.contains("\"AccessKeyId\": \"" + LONG_TERM_KEY_ID + "\""), transcript);
        assertTrue(transcript.contains("refresh=0\n"), transcript);
        assertTrue(transcript.contains("back=0\n") && transcript.contains("gone=1\n"), transcript);
        assertTrue(sts.requests().get(0).getHeader("Authorization").contains("Credential=" + LONG_TERM_KEY_ID + "/"));
        assertTrue(aws.credentials().startsWith(BACK + "\n[dev]\n"), aws.credentials());
    }

    private static String realPass() {
        List<String> found = new ArrayList<>();
        for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(directory, "pass"))) {
                found.add(Path.of(directory, "pass").toString());
            }
        }
        return found.get(0);
    }

    private static void script(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    }
}
