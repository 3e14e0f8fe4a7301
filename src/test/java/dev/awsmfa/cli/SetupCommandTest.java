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
import org.junit.jupiter.api.Test;

/** {@code awsmfa --setup}: the long-term section and region, asked on the terminal, written losslessly. */
class SetupCommandTest extends CommandTestBase {

    @Test
    void records_keys_device_and_region_so_no_flags_are_needed_afterwards() throws Exception {
        aws.credentials("# mine\n[other]\nregion = x\n").config("[profile dev]\noutput = json\n");
        terminal = FakeTerminal.typing(LONG_TERM_KEY_ID, LONG_TERM_SECRET, DEVICE, "eu-west-1");
        CliRun.Result result = awsmfa("--setup", "--profile", "dev");
        assertEquals(0, result.exitCode(), result::toString);
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
    void a_bad_device_writes_nothing() {
        terminal = FakeTerminal.typing(LONG_TERM_KEY_ID, LONG_TERM_SECRET, "arn:aws:iam::123456789012:user/alice");
        CliRun.Result result = awsmfa("--setup", "--profile", "dev");
        assertEquals(ExitCode.INVALID_INPUT.code(), result.exitCode(), result::toString);
        assertFalse(Files.exists(aws.credentialsFile()));
    }

    @Test
    void without_a_terminal_it_says_so() {
        terminal = FakeTerminal.none();
        CliRun.Result result = awsmfa("--setup", "--profile", "dev");
        assertEquals(ExitCode.NO_MFA_CODE.code(), result.exitCode(), result::toString);
        assertTrue(result.err().contains("no terminal"), result::toString);
    }
}
