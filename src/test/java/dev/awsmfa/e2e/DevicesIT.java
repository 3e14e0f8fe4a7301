package dev.awsmfa.e2e;

import static dev.awsmfa.testing.AwsHome.LONG_TERM_KEY_ID;
import static dev.awsmfa.testing.AwsHome.LONG_TERM_SECRET;
import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.IamStub;
import dev.awsmfa.testing.PseudoTerminal;
import dev.awsmfa.testing.StsStub;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several MFA devices per IAM user, run as a user would: the packaged {@code target/awsmfa} against a WireMock
 * STS and a WireMock IAM ({@code AWS_ENDPOINT_URL_IAM}) answering ListMFADevices with alice-phone, a security key
 * and alice-tablet; {@code --setup} in a pseudo-terminal.
 */
class DevicesIT extends StubbedStsFixture {
    IamStub iam;

    @BeforeEach
    void startIam() {
        iam = new IamStub();
        aws.env("AWS_ENDPOINT_URL_IAM", iam.url());
    }

    @AfterEach
    void stopIam() {
        iam.close();
    }

    @Test
    void setup_offers_the_users_devices_and_writes_the_one_picked() throws Exception {
        iam.listing();
        try (PseudoTerminal terminal = setup()) {
            typeKeys(terminal);
            terminal.awaitText("MFA device (1-2, or an ARN): ").type("2\n");
            noRegionAndWrite(terminal);
            String screen = terminal.screen();
            assertTrue(screen.contains("  1) " + IamStub.PHONE + " (enabled 2025-03-01)\n"), screen);
            assertTrue(screen.contains("   -  " + IamStub.KEY + " (security key or passkey"), screen);
            assertTrue(screen.contains("  2) " + IamStub.TABLET + " (enabled 2026-01-20)\n"), screen);
            assertFalse(screen.contains(LONG_TERM_SECRET), screen);
        }
        assertEquals("[dev-long-term]\naws_access_key_id = " + LONG_TERM_KEY_ID + "\naws_secret_access_key = "
                + LONG_TERM_SECRET + "\naws_mfa_device = " + IamStub.TABLET + "\n", aws.credentials());
        assertEquals(1, iam.requests().size());
        assertEquals("ListMFADevices", StsStub.form(iam.requests().get(0).getBodyAsString()).get("Action"));
        assertEquals(0, sts.requests().size());
    }

    @Test
    void setup_where_iam_denies_the_list_says_so_and_takes_a_typed_arn() throws Exception {
        iam.denying();
        try (PseudoTerminal terminal = setup()) {
            typeKeys(terminal);
            terminal.awaitText("IAM did not let access key ****MPLE list its user's MFA devices (AccessDenied); "
                    + "type the device ARN.\n");
            terminal.awaitText("MFA device ARN (arn:aws:iam::ACCOUNT:mfa/NAME): ").type(IamStub.PHONE + "\n");
            noRegionAndWrite(terminal);
        }
        assertTrue(aws.credentials().contains("aws_mfa_device = " + IamStub.PHONE + "\n"), aws::credentials);
    }

    @Test
    void a_device_named_on_the_command_line_is_sent_to_sts_as_its_arn() {
        iam.listing();
        sts.succeeding(43_200);
        aws.credentials(longTermSection("dev"));
        CliRun.Result result = AwsMfaProcess.with(aws.env()).run("--profile", "dev", "--device", "alice-tablet",
                "--token", "123456");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(1, iam.requests().size());
        Map<String, String> sent = sts.onlyRequestParameters();
        assertEquals("GetSessionToken", sent.get("Action"));
        assertEquals(IamStub.TABLET, sent.get("SerialNumber"));
        assertTrue(iam.requests().get(0).getHeader("Authorization").contains("Credential=" + LONG_TERM_KEY_ID + "/"));
    }

    @Test
    void a_name_iam_cannot_resolve_is_refused_with_the_candidates_and_no_sts_call() {
        iam.listing();
        aws.credentials(longTermSection("dev"));
        CliRun.Result result = AwsMfaProcess.with(aws.env()).run("--profile", "dev", "--device", "alice-watch",
                "--token", "123456");
        assertEquals(ExitCode.INVALID_INPUT.code(), result.exitCode(), result::toString);
        assertEquals("awsmfa: No MFA device of the IAM user is named 'alice-watch' (from --device); its devices: "
                + IamStub.PHONE + ", " + IamStub.KEY + " (security key: not for the CLI), " + IamStub.TABLET
                + ". Give one of these names or ARNs.\n", result.err());
        assertEquals(0, sts.requests().size());
    }

    @Test
    void a_security_key_is_refused_before_any_request_from_the_flag_the_environment_or_the_config() {
        sts.succeeding(43_200);
        aws.credentials(longTermSection("dev"));
        CliRun.Result flag = AwsMfaProcess.with(aws.env()).run("--profile", "dev", "--device", IamStub.KEY,
                "--token", "123456");
        assertRefusedAsSecurityKey(flag, "--device");
        aws.env("MFA_DEVICE", IamStub.KEY);
        assertRefusedAsSecurityKey(AwsMfaProcess.with(aws.env()).run("--profile", "dev", "--token", "123456"),
                "MFA_DEVICE");
        aws.env().remove("MFA_DEVICE");
        aws.credentials(longTermSection("dev").replace("aws_mfa_device = " + AwsHome.DEVICE + "\n", ""))
                .config("[profile dev]\nmfa_serial = " + IamStub.KEY + "\n");
        assertRefusedAsSecurityKey(AwsMfaProcess.with(aws.env()).run("--profile", "dev", "--token", "123456"),
                "mfa_serial in [profile dev]");
        assertEquals(0, sts.server().getAllServeEvents().size());
        assertEquals(0, iam.server().getAllServeEvents().size());
    }

    private static void assertRefusedAsSecurityKey(CliRun.Result result, String source) {
        assertEquals(ExitCode.INVALID_INPUT.code(), result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("awsmfa: MFA device " + IamStub.KEY + " (from " + source), result::toString);
        assertTrue(result.err().contains("is a security key or passkey") && result.err().contains("'aws login'")
                && result.err().endsWith(".\n") && result.err().indexOf('\n') == result.err().length() - 1,
                result::toString);
    }

    private static void typeKeys(PseudoTerminal terminal) throws Exception {
        terminal.awaitText("AWS access key id for [dev-long-term]: ").type(LONG_TERM_KEY_ID + "\n");
        terminal.awaitText("AWS secret access key (typing is hidden): ").type(LONG_TERM_SECRET + "\n");
    }

    private static void noRegionAndWrite(PseudoTerminal terminal) throws Exception {
        terminal.awaitText("Region (e.g. eu-west-1; Enter for none): ").type("\n");
        // The encrypted file is always usable, so setup always asks; Enter keeps the keys in the file.
        terminal.awaitText("Keep them in (1-").type("\n");
        terminal.awaitText("Write it? [Y/n] ").type("\n");
        assertEquals(0, terminal.exitCode(), terminal::screen);
    }

    private PseudoTerminal setup() {
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        AwsMfaProcess.withSharedCache(env);
        env.putAll(aws.env());
        return PseudoTerminal.run("exec " + AwsMfaProcess.launcher() + " --setup --profile dev", env);
    }
}
