package dev.awsmfa.e2e;

import static dev.awsmfa.testing.AwsHome.DEVICE;
import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.PseudoTerminal;
import dev.awsmfa.testing.StsStub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The packaged {@code target/awsmfa} refreshing several profiles in one run against a WireMock STS. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the POSIX launcher under /bin/sh")
class SeveralProfilesIT extends StubbedStsFixture {
    static final String BOB = "arn:aws:iam::123456789012:mfa/bob";

    CliRun.Result awsmfa(String... args) {
        return AwsMfaProcess.with(aws.env()).run(args);
    }

    /** A code command that prints 100001, then 100002...: a new code per call, as an authenticator's next step. */
    String countingCodeCommand() throws IOException {
        Path script = dir.resolve("next-code.sh");
        Files.writeString(script, "#!/bin/sh\nn=$(cat \"$0.count\" 2>/dev/null || echo 0)\nn=$((n + 1))\n"
                + "echo $n > \"$0.count\"\necho 10000$n\n");
        script.toFile().setExecutable(true);
        return script.toString();
    }

    List<String> parameter(String name) {
        return sts.requests().stream().map(request -> StsStub.form(request.getBodyAsString()).get(name)).toList();
    }

    @Test
    void profiles_of_one_user_and_device_make_one_request_and_both_sections_are_written() {
        sts.succeeding(43_200);
        aws.credentials(longTermSection("a") + longTermSection("b"));
        CliRun.Result result = awsmfa("--profile", "a", "--profile", "b", "--token", "123456");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(1, sts.requests().size());
        String file = aws.credentials();
        assertTrue(file.contains("\n[a]\nassumed_role = False\naws_access_key_id = ASIAIOSFODNN7EXAMPLE\n")
                && file.contains("\n[b]\nassumed_role = False\naws_access_key_id = ASIAIOSFODNN7EXAMPLE\n"), file);
        assertTrue(result.err().contains("awsmfa: profile a: refreshed, valid until ")
                && result.err().contains("awsmfa: profile b: refreshed with the session of profile a"), result::toString);
        assertEquals("", result.out());
    }

    @Test
    void two_devices_make_two_requests_each_with_its_serial_and_its_own_code() throws IOException {
        sts.succeeding(43_200);
        aws.credentials(longTermSection("a") + longTermSection("b").replace(DEVICE, BOB));
        CliRun.Result result = awsmfa("--profile", "a", "--profile", "b", "--token-command", countingCodeCommand());
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of(DEVICE, BOB), parameter("SerialNumber"));
        assertEquals(List.of("100001", "100002"), parameter("TokenCode"));
    }

    @Test
    void two_devices_ask_twice_on_the_terminal_naming_each_device() throws Exception {
        PseudoTerminal.assumeAvailable();
        sts.succeeding(43_200);
        aws.credentials(longTermSection("a") + longTermSection("b").replace(DEVICE, BOB));
        Map<String, String> env = new HashMap<>(aws.env());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        AwsMfaProcess.withSharedCache(env);
        env.putAll(aws.env());
        try (PseudoTerminal terminal = PseudoTerminal.run("exec " + AwsMfaProcess.launcher() + " --profile a "
                + "--profile b", env)) {
            terminal.awaitText("Enter MFA code for " + DEVICE + " (profile a): ");
            terminal.type("111111\n");
            terminal.awaitText("Enter MFA code for " + BOB + " (profile b): ");
            terminal.type("222222\n");
            assertEquals(0, terminal.exitCode(), terminal::screen);
            assertTrue(terminal.screen().contains("awsmfa: profile b: refreshed, valid until "), terminal::screen);
        }
        assertEquals(List.of(DEVICE, BOB), parameter("SerialNumber"));
        assertEquals(List.of("111111", "222222"), parameter("TokenCode"));
    }

    @Test
    void all_refreshes_every_profile_with_long_term_keys() throws IOException {
        sts.succeeding(43_200);
        aws.credentials(longTermSection("a") + "[plain]\nregion = eu-west-1\n" + longTermSection("b").replace(DEVICE,
                BOB) + longTermSection("c"));
        CliRun.Result result = awsmfa("--all", "--token-command", countingCodeCommand());
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of(DEVICE, BOB), parameter("SerialNumber"), "c shares a's request");
        String[] lines = result.err().split("\n");
        assertEquals(3, lines.length, result::toString);
        assertTrue(lines[0].startsWith("awsmfa: profile a: refreshed, valid until ")
                && lines[1].startsWith("awsmfa: profile b: refreshed, valid until ")
                && lines[2].startsWith("awsmfa: profile c: refreshed with the session of profile a"), result::toString);
    }

    @Test
    void one_failing_profile_gives_its_exit_code_and_the_others_are_refreshed() {
        sts.succeeding(43_200);
        aws.credentials(longTermSection("a") + longTermSection("c").replace(DEVICE, BOB));
        CliRun.Result result = AwsMfaProcess.with(aws.env()).withoutTerminal().stdin("111111\n222222\n")
                .run("--profile", "a", "--profile", "b", "--profile", "c");
        assertEquals(ExitCode.PROFILE_NOT_FOUND.code(), result.exitCode(), result::toString);
        assertEquals(List.of("111111", "222222"), parameter("TokenCode"));
        String[] lines = result.err().split("\n");
        assertEquals(3, lines.length, result::toString);
        assertTrue(lines[1].startsWith("awsmfa: profile b: failed (exit 4): " + aws.credentialsFile()
                + " has no [b-long-term] section"), result::toString);
        assertTrue(lines[2].startsWith("awsmfa: profile c: refreshed, valid until "), result::toString);
    }

    @Test
    void one_fixed_code_is_not_sent_twice_for_one_device() {
        sts.succeeding(43_200);
        aws.credentials(longTermSection("a") + longTermSection("b").replace(AwsHome.LONG_TERM_KEY_ID,
                "AKIAI44QH8DHBEXAMPLE"));
        CliRun.Result result = awsmfa("--profile", "a", "--profile", "b", "--token", "123456");
        assertEquals(ExitCode.MFA_REJECTED.code(), result.exitCode(), result::toString);
        assertEquals(1, sts.requests().size());
        assertTrue(result.err().contains("awsmfa: profile b: failed (exit 7): --token gives one code, spent on "
                + "profile a of the same device " + DEVICE), result::toString);
    }

    @Test
    void export_refuses_a_second_profile_in_one_line() {
        CliRun.Result result = awsmfa("export", "--profile", "a", "--profile", "b");
        assertEquals(ExitCode.USAGE.code(), result.exitCode(), result::toString);
        assertEquals(0, sts.requests().size());
        assertTrue(result.err().startsWith("awsmfa: awsmfa export takes one profile: give --profile once"),
                result::toString);
    }
}
