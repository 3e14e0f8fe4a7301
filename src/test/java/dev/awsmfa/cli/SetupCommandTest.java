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
import dev.awsmfa.session.IamFailure;
import dev.awsmfa.testing.FakeIam;
import dev.awsmfa.testing.FakePass;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code awsmfa --setup}: the long-term section and region, asked on the terminal, written losslessly; the device
 * picked from IAM's list, else typed. The tests that type it run where IAM refuses to list the devices.
 */
class SetupCommandTest extends CommandTestBase {
    static final String PHONE = "arn:aws:iam::123456789012:mfa/alice-phone";
    static final String TABLET = "arn:aws:iam::123456789012:mfa/alice-tablet";
    static final String KEY = "arn:aws:iam::123456789012:u2f/user/alice/yubikey-ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String DENIED = "IAM did not let access key ****MPLE list its user's MFA devices (AccessDenied)";

    @BeforeEach
    void iamRefusesTheList() {
        iam = FakeIam.failingWith(new IamFailure(ExitCode.CREDENTIALS_REJECTED, DENIED, null));
    }

    @Test
    void the_device_is_picked_by_number_from_the_users_devices_and_a_security_key_is_not_offered() {
        FakeIam devices = FakeIam.listing(PHONE, KEY, TABLET);
        iam = devices;
        terminal = FakeTerminal.typing(LONG_TERM_KEY_ID, LONG_TERM_SECRET, "", "3", "2", "", "", "y");
        CliRun.Result result = awsmfa("--setup", "--profile", "dev");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("  1) " + PHONE + "\n") && result.err().contains("  2) " + TABLET + "\n"),
                result::toString);
        assertTrue(result.err().contains("   -  " + KEY + " (security key or passkey"), result::toString);
        assertTrue(terminal.prompts.get(2).startsWith("MFA device (1-2, or an ARN)"), terminal::toString);
        // Three is the security key's place in IAM's list, not a number offered.
        assertTrue(result.err().contains("There is no device 3: pick 1-2. Try again."), result::toString);
        // With two to choose from, Enter picks none.
        assertTrue(result.err().contains("No device picked: type 1-2, or an ARN. Try again."), result::toString);
        assertEquals("[dev-long-term]\naws_access_key_id = " + LONG_TERM_KEY_ID + "\naws_secret_access_key = "
                + LONG_TERM_SECRET + "\naws_mfa_device = " + TABLET + "\n", aws.credentials());
        // Listed with the keys just typed, by the caller's own user (no user name is sent).
        assertEquals(LONG_TERM_KEY_ID, devices.calls.get(0).credentials().accessKeyId());
        assertEquals(1, devices.calls.size());
    }

    @Test
    void a_single_device_is_the_default_and_a_security_key_typed_is_refused() {
        iam = FakeIam.listing(KEY, PHONE);
        terminal = FakeTerminal.typing(LONG_TERM_KEY_ID, LONG_TERM_SECRET, KEY, "", "", "", "y");
        CliRun.Result result = awsmfa("--setup", "--profile", "dev");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(terminal.prompts.get(2).startsWith("MFA device [1]"), terminal::toString);
        assertTrue(result.err().contains("is a security key or passkey, which AWS accepts for console sign-in only"),
                result::toString);
        assertTrue(aws.credentials().contains("aws_mfa_device = " + PHONE + "\n"), aws::credentials);
    }

    @Test
    void a_device_may_be_given_by_its_name_with_the_flag() {
        iam = FakeIam.listing(PHONE, TABLET);
        terminal = FakeTerminal.typing(LONG_TERM_KEY_ID, LONG_TERM_SECRET, "", "", "y");
        CliRun.Result result = awsmfa("--setup", "--profile", "dev", "--device", "alice-tablet");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(aws.credentials().contains("aws_mfa_device = " + TABLET + "\n"), aws::credentials);
    }

    @Test
    void when_iam_refuses_the_list_it_says_why_in_one_line_and_the_arn_is_typed() {
        terminal = FakeTerminal.typing(LONG_TERM_KEY_ID, LONG_TERM_SECRET, "alice", DEVICE, "", "", "y");
        CliRun.Result result = awsmfa("--setup", "--profile", "dev");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains(DENIED + "; type the device ARN.\n"), result::toString);
        assertTrue(result.err().contains("'alice' is a device name, and IAM did not list the devices to look it up"),
                result::toString);
        assertTrue(aws.credentials().contains("aws_mfa_device = " + DEVICE + "\n"), aws::credentials);
    }

    @Test
    void a_user_without_a_usable_device_types_the_arn() {
        iam = FakeIam.listing(KEY);
        terminal = FakeTerminal.typing(LONG_TERM_KEY_ID, LONG_TERM_SECRET, DEVICE, "", "", "y");
        CliRun.Result result = awsmfa("--setup", "--profile", "dev");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("None of them can sign CLI calls"), result::toString);
        assertTrue(terminal.prompts.get(2).startsWith("MFA device ARN"), terminal::toString);
    }

    @Test
    void records_keys_device_and_region_so_no_flags_are_needed_afterwards() throws Exception {
        aws.credentials("# mine\n[other]\nregion = x\n").config("[profile dev]\noutput = json\n");
        terminal = FakeTerminal.typing(LONG_TERM_KEY_ID, LONG_TERM_SECRET, DEVICE, "eu-west-1", "", "y");
        CliRun.Result result = awsmfa("--setup", "--profile", "dev");
        assertEquals(0, result.exitCode(), result::toString);
        // Only the secret is typed hidden: a mistyped key id, ARN, region or store can be seen and fixed.
        assertEquals(6, terminal.prompts.size(), terminal::toString);
        assertEquals(List.of(terminal.prompts.get(0), terminal.prompts.get(2), terminal.prompts.get(3),
                terminal.prompts.get(4), terminal.prompts.get(5)), terminal.visiblePrompts);
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
        assertEquals(9, terminal.prompts.size(), terminal::toString);
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
        terminal = FakeTerminal.typing(LONG_TERM_KEY_ID, LONG_TERM_SECRET, DEVICE, "eu-west-1", "", "n");
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

    @Test
    void a_usable_store_is_offered_and_the_keys_go_there_instead_of_the_file() throws Exception {
        FakePass pass = FakePass.install(dir, aws);
        terminal = FakeTerminal.typing(LONG_TERM_KEY_ID, LONG_TERM_SECRET, DEVICE, "", "9", "pass", "y");
        CliRun.Result result = awsmfa("--setup", "--profile", "dev");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("  1) " + aws.credentialsFile() + ", in plain text"), result::toString);
        assertTrue(result.err().contains(") pass: pass entry awsmfa/dev-long-term\n"), result::toString);
        assertTrue(result.err().contains("There is no choice '9'"), result::toString);
        assertTrue(result.err().contains("kept in pass entry awsmfa/dev-long-term"), result::toString);
        assertEquals("[dev-long-term]\ncredential_process = awsmfa keys get --store pass --entry dev-long-term\n"
                + "aws_mfa_device = " + DEVICE + "\n", aws.credentials());
        assertEquals("{\"Version\": 1, \"AccessKeyId\": \"" + LONG_TERM_KEY_ID + "\", \"SecretAccessKey\": \""
                + LONG_TERM_SECRET + "\"}\n", pass.entry("awsmfa/dev-long-term"));
        assertFalse(pass.argv().contains(LONG_TERM_SECRET), pass.argv());
    }

    @Test
    void enter_keeps_the_keys_in_the_file_as_aws_mfa_does() throws Exception {
        FakePass pass = FakePass.install(dir, aws);
        terminal = FakeTerminal.typing(LONG_TERM_KEY_ID, LONG_TERM_SECRET, DEVICE, "", "", "y");
        CliRun.Result result = awsmfa("--setup", "--profile", "dev");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("[dev-long-term]\naws_access_key_id = " + LONG_TERM_KEY_ID + "\naws_secret_access_key = "
                + LONG_TERM_SECRET + "\naws_mfa_device = " + DEVICE + "\n", aws.credentials());
        assertEquals("", pass.argv(), "the store was not touched");
    }
}
