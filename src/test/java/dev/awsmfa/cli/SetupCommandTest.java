package dev.awsmfa.cli;

import static dev.awsmfa.testing.AwsHome.DEVICE;
import static dev.awsmfa.testing.AwsHome.LONG_TERM_KEY_ID;
import static dev.awsmfa.testing.AwsHome.LONG_TERM_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.FakeTerminal;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code awsmfa --setup}: the long-term section and region, asked on the terminal, written losslessly. */
class SetupCommandTest extends CommandTestBase {

    @Test
    void records_keys_device_and_region_so_no_flags_are_needed_afterwards() throws Exception {
        aws.credentials("# mine\n[other]\nregion = x\n").config("[profile dev]\noutput = json\n");
        terminal = FakeTerminal.typing(LONG_TERM_KEY_ID, LONG_TERM_SECRET, DEVICE, "eu-west-1", "y");
        CliRun.Result result = awsmfa("--setup", "--profile", "dev");
        assertEquals(0, result.exitCode(), result::toString);
        // Only the secret is typed hidden: a mistyped key id, ARN or region can be seen and fixed.
        assertEquals(5, terminal.prompts.size(), terminal::toString);
        assertEquals(List.of(terminal.prompts.get(0), terminal.prompts.get(2), terminal.prompts.get(3),
                terminal.prompts.get(4)), terminal.visiblePrompts);
        assertTrue(terminal.prompts.get(1).contains("secret access key"), terminal::toString);
        assertEquals("# mine\n[other]\nregion = x\n\n[dev-long-term]\naws_access_key_id = " + LONG_TERM_KEY_ID
                + "\naws_secret_access_key = " + LONG_TERM_SECRET + "\naws_mfa_device = " + DEVICE + "\n", aws.credentials());
        assertEquals("[profile dev]\noutput = json\nregion = eu-west-1\n", Files.readString(aws.configFile()));
        assertFalse(result.err().contains(LONG_TERM_SECRET), result::toString);

        terminal = FakeTerminal.typing("135246");
        assertEquals(0, awsmfa("--profile", "dev").exitCode());
        assertEquals(DEVICE, sts.onlyCall().serial());
        assertEquals("eu-west-1", sts.onlyCall().target().region());
    }

    @Test
    void an_existing_section_is_kept_unless_the_user_says_yes() {
        aws.credentials("[dev-long-term]\naws_access_key_id = AKIAOLDKEYEXAMPLE1\naws_secret_access_key = old\n");
        String before = aws.credentials();
        terminal = FakeTerminal.typing("n");
        CliRun.Result result = awsmfa("--setup", "--profile", "dev");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(terminal.prompts.get(0).contains("already exists"), terminal.prompts::toString);
        assertEquals(before, aws.credentials());
    }

    @Test
    void a_bad_answer_is_asked_again_and_the_keys_typed_before_it_are_kept() {
        terminal = FakeTerminal.typing("AKIA-not-a-key", LONG_TERM_KEY_ID, LONG_TERM_SECRET,
                "arn:aws:iam::123456789012:user/alice", DEVICE, "Ireland", "", "");
        CliRun.Result result = awsmfa("--setup", "--profile", "dev");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("[dev-long-term]\naws_access_key_id = " + LONG_TERM_KEY_ID + "\naws_secret_access_key = "
                + LONG_TERM_SECRET + "\naws_mfa_device = " + DEVICE + "\n", aws.credentials());
        assertTrue(result.err().contains("is not an access key id"), result::toString);
        assertTrue(result.err().contains("is a user ARN, not an MFA device: use arn:aws:iam::123456789012:mfa/alice"),
                result::toString);
        assertTrue(result.err().contains("'Ireland' (from the region you entered) is not an AWS region name"),
                result::toString);
        assertEquals(3, count(result.err(), "Try again."), result::toString);
        assertEquals(8, terminal.prompts.size(), terminal::toString);
    }

    @Test
    void three_bad_answers_end_the_setup_and_write_nothing() {
        terminal = FakeTerminal.typing(LONG_TERM_KEY_ID, LONG_TERM_SECRET, "arn:aws:iam::123456789012:user/alice");
        CliRun.Result result = awsmfa("--setup", "--profile", "dev");
        assertEquals(ExitCode.INVALID_INPUT.code(), result.exitCode(), result::toString);
        assertEquals(2, count(result.err(), "Try again."), result::toString);
        assertFalse(Files.exists(aws.credentialsFile()));
    }

    @Test
    void the_summary_shows_what_will_be_written_and_no_writes_nothing() {
        aws.credentials("[other]\nregion = x\n");
        String before = aws.credentials();
        terminal = FakeTerminal.typing(LONG_TERM_KEY_ID, LONG_TERM_SECRET, DEVICE, "eu-west-1", "n");
        CliRun.Result result = awsmfa("--setup", "--profile", "dev");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("About to write [dev-long-term] to " + aws.credentialsFile()
                + ": access key id ****" + LONG_TERM_KEY_ID.substring(LONG_TERM_KEY_ID.length() - 4)
                + ", the secret key (" + LONG_TERM_SECRET.length() + " characters), MFA device " + DEVICE
                + "; and region eu-west-1 for profile dev to " + aws.configFile() + "."), result::toString);
        assertTrue(result.err().contains("Nothing written."), result::toString);
        assertFalse(result.err().contains(LONG_TERM_SECRET), result::toString);
        assertFalse(result.err().contains(LONG_TERM_KEY_ID), result::toString);
        assertEquals(before, aws.credentials());
        assertFalse(Files.exists(aws.configFile()));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void without_a_terminal_it_says_so() {
        terminal = FakeTerminal.none();
        CliRun.Result result = awsmfa("--setup", "--profile", "dev");
        assertEquals(ExitCode.NO_MFA_CODE.code(), result.exitCode(), result::toString);
        assertTrue(result.err().contains("no terminal"), result::toString);
    }
}
