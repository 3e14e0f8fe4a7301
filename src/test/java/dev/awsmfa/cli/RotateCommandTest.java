package dev.awsmfa.cli;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import dev.awsmfa.mfa.Dialogs;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.FakePass;
import dev.awsmfa.testing.FakeTerminal;
import dev.awsmfa.testing.FakeIamUser;
import dev.awsmfa.testing.FakeSleeper;
import dev.awsmfa.keys.KeysGetLine;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

class RotateCommandTest extends CommandTestBase {
    FakeIamUser user;
    FakeSleeper sleeper;

    @BeforeEach
    void rotatableProfile() {
        aws.credentials(longTermSection("dev") + validSession("2026-11-28 18:00:00"))
                .env("XDG_CACHE_HOME", dir.resolve("cache").toString());
        user = new FakeIamUser(AwsHome.LONG_TERM_KEY_ID, AwsHome.LONG_TERM_SECRET);
        sts.identifying(id -> user.callerArn(id));
        sleeper = new FakeSleeper(NOW, CLOCK.getZone());
    }

    CliRun.Result rotate(String... args) {
        return CliRun.run(new Services(Env.of(aws.env()), sleeper, terminal, CliRun.NO_COMMANDS, sts, user,
                Dialogs.none(), CliRun.NO_PROGRAMS, sleeper), args);
    }

    @Test
    void rotatesSayingSoOnStderrWithMaskedIdsAndNoSecret() {
        CliRun.Result result = rotate("rotate", "--profile", "dev");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.out(), result::toString);
        assertTrue(result.err().endsWith("Rotated the access key of profile dev: ****MPLE is in [dev-long-term], "
                + "****MPLE is deleted in IAM; the MFA session stays valid.\n"), result::toString);
        assertFalse(result.err().contains("newSecret") || result.err().contains("AKIANEWKEY1EXAMPLE"),
                result::toString);
        assertTrue(aws.credentials().contains("aws_access_key_id = AKIANEWKEY1EXAMPLE\n"
                + "aws_secret_access_key = newSecret1EXAMPLEKEY\n"), aws::credentials);
        assertEquals(List.of("AKIANEWKEY1EXAMPLE"), List.copyOf(user.keys.keySet()));
    }

    @Test
    void aUserWithTwoKeysGetsOneLineAndExit14() {
        user.keys.put("AKIASECONDKEYEXAMPLE", "secondSecret");
        String before = aws.credentials();

        CliRun.Result result = rotate("rotate", "--profile", "dev");

        assertEquals(ExitCode.ROTATION_BLOCKED.code(), result.exitCode(), result::toString);
        assertEquals(1, result.err().split("\n").length, result::toString);
        assertTrue(result.err().contains("already has two access keys"), result::toString);
        assertEquals(before, aws.credentials());
    }

    @Test
    void resumeWithNothingToResumeIsExit14() {
        CliRun.Result result = rotate("rotate", "--resume", "--profile", "dev");

        assertEquals(ExitCode.ROTATION_BLOCKED.code(), result.exitCode(), result::toString);
        assertTrue(result.err().equals("awsmfa: No unfinished rotation of profile dev to resume: run awsmfa rotate --profile dev.\n"),
                result::toString);
    }

    @Test
    void aFailedDeleteThenResumeThroughTheCommandLine() {
        user.failOnce("DeleteAccessKey", FakeIamUser.denied("DeleteAccessKey"));

        CliRun.Result failed = rotate("rotate", "--profile", "dev");
        assertEquals(ExitCode.CREDENTIALS_REJECTED.code(), failed.exitCode(), failed::toString);
        assertTrue(failed.err().contains("run awsmfa rotate --resume --profile dev."), failed::toString);
        CliRun.Result again = rotate("rotate", "--profile", "dev");
        assertEquals(ExitCode.ROTATION_BLOCKED.code(), again.exitCode(), again::toString);

        CliRun.Result resumed = rotate("rotate", "--resume", "--profile", "dev");
        assertEquals(0, resumed.exitCode(), resumed::toString);
        assertEquals(List.of("AKIANEWKEY1EXAMPLE"), List.copyOf(user.keys.keySet()));
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the stand-in for pass is a POSIX shell script")
    void keysInAStoreAreRotatedThereAndTheLastLineNamesTheStoreEntry() throws Exception {
        FakePass pass = FakePass.install(dir, aws);
        CliRun.Result moved = rotate("keys", "move", "--profile", "dev", "--to", "pass");
        assertEquals(0, moved.exitCode(), moved::toString);
        String stored = aws.credentials();
        assertTrue(stored.contains("credential_process = " + KeysGetLine.of("pass", "dev-long-term") + "\n")
                && !stored.contains(AwsHome.LONG_TERM_SECRET), stored);

        CliRun.Result result = rotate("rotate", "--profile", "dev");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().endsWith("Rotated the access key of profile dev: ****MPLE is in pass entry "
                + "awsmfa/dev-long-term, ****MPLE is deleted in IAM; the MFA session stays valid.\n"), result::toString);
        assertFalse(result.err().contains("newSecret"), result::toString);
        assertTrue(pass.entry("awsmfa/dev-long-term").contains("\"AccessKeyId\": \"AKIANEWKEY1EXAMPLE\", "
                + "\"SecretAccessKey\": \"newSecret1EXAMPLEKEY\""), pass.entry("awsmfa/dev-long-term"));
        assertFalse(pass.argv().contains("newSecret"), "the secret is never in an argv: " + pass.argv());
        assertEquals(stored, aws.credentials().replace("aws_access_key_created = 2026-11-28T12:00:00Z\n", ""));
        assertEquals(List.of("AKIANEWKEY1EXAMPLE"), List.copyOf(user.keys.keySet()));
    }

    @Test
    void keysInTheEncryptedFileAreRotatedThereWithOnePassphrasePrompt() {
        terminal = FakeTerminal.typing("correct horse", "correct horse");
        assertEquals(0, rotate("keys", "move", "--profile", "dev", "--to", "encrypted-file").exitCode());

        terminal = FakeTerminal.typing("correct horse");
        CliRun.Result result = rotate("rotate", "--profile", "dev");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(1, terminal.prompts.size(), "read once, written with the same passphrase: " + terminal.prompts);
        terminal = FakeTerminal.typing("correct horse");
        CliRun.Result printed = rotate("keys", "get", "--store", "encrypted-file", "--entry", "dev-long-term");
        assertTrue(printed.out().contains("\"AccessKeyId\": \"AKIANEWKEY1EXAMPLE\""), printed::toString);
        assertEquals(List.of("AKIANEWKEY1EXAMPLE"), List.copyOf(user.keys.keySet()));
    }

    @Test
    void keysAnotherCredentialProcessPrintsAreRefusedWithExit14AndOneLine() {
        aws.credentials(aws.credentials().replace("aws_access_key_id = " + AwsHome.LONG_TERM_KEY_ID + "\n"
                + "aws_secret_access_key = " + AwsHome.LONG_TERM_SECRET + "\n",
                "credential_process = op read op://vault/aws/dev\n"));

        CliRun.Result result = rotate("rotate", "--profile", "dev");

        assertEquals(ExitCode.ROTATION_BLOCKED.code(), result.exitCode(), result::toString);
        assertEquals(1, result.err().split("\n").length, result::toString);
        assertTrue(result.err().contains("credential_process in [dev-long-term]")
                && result.err().contains("rotate them in that store."), result::toString);
        assertEquals(List.of(AwsHome.LONG_TERM_KEY_ID), List.copyOf(user.keys.keySet()));
    }

    @Test
    void statusWarnsOnceTheRecordedKeyIsOlderThanTheConfiguredAgeWithItsExitUnchanged() {
        keyCreated("2026-08-30T12:00:00Z");
        CliRun.Result ninetyDays = awsmfa("status", "--profile", "dev", "-q");
        assertEquals(0, ninetyDays.exitCode(), ninetyDays::toString);
        assertEquals("", ninetyDays.err(), ninetyDays::toString);

        keyCreated("2026-08-29T12:00:00Z");
        CliRun.Result ninetyOne = awsmfa("status", "--profile", "dev", "-q");
        assertEquals(0, ninetyOne.exitCode(), ninetyOne::toString);
        assertEquals("awsmfa: warning: The access key in [dev-long-term] is 91 days old (more than 90, "
                + "AWSMFA_KEY_MAX_AGE_DAYS): run awsmfa rotate --profile dev.\n", ninetyOne.err());

        aws.env("AWSMFA_KEY_MAX_AGE_DAYS", "120");
        assertEquals("", awsmfa("status", "--profile", "dev", "-q").err());
    }

    @Test
    void listJsonShowsTheRecordedKeyAgeWithoutAnyCall() {
        keyCreated("2026-08-29T12:00:00Z");

        CliRun.Result list = awsmfa("list", "--output", "json");

        assertEquals(0, list.exitCode(), list::toString);
        assertTrue(list.out().contains("\"keyCreated\": \"2026-08-29T12:00:00Z\", \"keyAgeDays\": 91}"),
                list::toString);
        assertTrue(list.out().contains("\"name\": \"dev\"") && list.out().contains("\"keyAgeDays\": null"),
                "a section without the date has none: " + list.out());
    }

    private void keyCreated(String date) {
        aws.credentials(longTermSection("dev").replace("aws_mfa_device", "aws_access_key_created = " + date
                + "\naws_mfa_device") + validSession("2026-11-28 18:00:00"));
    }
}
