package dev.awsmfa.e2e;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.Json;
import dev.awsmfa.testing.StsStub;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * {@code credential_process} as an IDE runs it: no terminal ({@code setsid}), a desktop ({@code DISPLAY} set) and
 * a fake {@code zenity} on PATH that records its argv and answers as a person would.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "a POSIX shell script stands in for zenity")
class PromptDialogIT extends StubbedStsFixture {
    private Path bin;
    private Path argvFile;

    @BeforeEach
    void desktopWithAFakeZenity() throws IOException {
        bin = Files.createDirectories(dir.resolve("bin"));
        argvFile = dir.resolve("zenity.argv");
        aws.credentials(longTermSection("dev"))
                .env("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"))
                .env("DISPLAY", ":99");
    }

    /** A zenity that records its arguments, one NUL-terminated each, then runs {@code then}. */
    private void fakeZenity(String then) throws IOException {
        Path zenity = bin.resolve("zenity");
        Files.writeString(zenity, "#!/bin/sh\nprintf '%s\\0' \"$@\" > '" + argvFile + "'\n" + then + "\n");
        Files.setPosixFilePermissions(zenity, PosixFilePermissions.fromString("rwx------"));
    }

    private List<String> zenityArgv() throws IOException {
        return List.of(Files.readString(argvFile, StandardCharsets.UTF_8).split("\0"));
    }

    private CliRun.Result credentialProcess() {
        return AwsMfaProcess.with(aws.env()).withoutTerminal().run("credential-process", "--profile", "dev");
    }

    @Test
    void the_code_typed_in_the_dialog_gets_the_session_and_stdout_is_only_the_json() throws IOException {
        fakeZenity("echo 654321");
        sts.succeeding(3600);
        CliRun.Result result = credentialProcess();
        assertEquals(0, result.exitCode(), result::toString);

        assertTrue(result.out().startsWith("{") && result.out().endsWith("}\n"), result::toString);
        Map<String, Object> document = Json.object(result.out());
        assertEquals(List.of("Version", "AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"),
                List.copyOf(document.keySet()), result::toString);
        assertEquals("ASIAIOSFODNN7EXAMPLE", document.get("AccessKeyId"), result::toString);

        Map<String, String> request = sts.onlyRequestParameters();
        assertEquals("GetSessionToken", request.get("Action"));
        assertEquals("654321", request.get("TokenCode"));
        assertEquals(AwsHome.DEVICE, request.get("SerialNumber"));

        List<String> argv = zenityArgv();
        assertEquals(List.of("--entry", "--hide-text", "--title=awsmfa: MFA code"), argv.subList(0, 3), argv::toString);
        String text = argv.get(3);
        assertTrue(text.startsWith("--text=") && text.contains("profile dev") && text.contains(AwsHome.DEVICE),
                text);
        assertTrue(aws.credentials().contains("[dev]"), aws.credentials());
    }

    @Test
    void cancel_is_exit_6_in_one_line_and_nothing_is_written_or_sent() throws IOException {
        fakeZenity("exit 1");
        String before = aws.credentials();
        CliRun.Result result = credentialProcess();
        assertEquals(ExitCode.NO_MFA_CODE.code(), result.exitCode(), result::toString);
        assertEquals("awsmfa: MFA prompt cancelled: no code for profile dev.\n", result.err());
        assertEquals("", result.out());
        assertEquals(before, aws.credentials());
        assertTrue(sts.requests().isEmpty());
        assertTrue(Files.exists(argvFile), "the dialog was not shown");
    }

    @Test
    void without_a_display_no_dialog_is_run_and_it_fails_as_before() throws IOException {
        fakeZenity("echo 654321");
        aws.env("DISPLAY", "");
        CliRun.Result result = credentialProcess();
        assertEquals(ExitCode.NO_MFA_CODE.code(), result.exitCode(), result::toString);
        assertEquals("", result.out());
        assertEquals(1, result.err().lines().count(), result::toString);
        assertTrue(result.err().contains("no display for a dialog"), result::toString);
        assertFalse(Files.exists(argvFile), "zenity ran without a display");
        assertTrue(sts.requests().isEmpty());
    }

    @Test
    void the_refresh_command_with_stdin_at_its_end_asks_in_the_dialog_too() throws IOException {
        fakeZenity("echo 654321");
        sts.succeeding(3600);
        CliRun.Result result = AwsMfaProcess.with(aws.env()).withoutTerminal().run("--profile", "dev");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("654321", StsStub.form(sts.requests().get(0).getBodyAsString()).get("TokenCode"));
    }
}
