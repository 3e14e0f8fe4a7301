package dev.awsmfa.cli;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import dev.awsmfa.mfa.Dialogs;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.FakeIam;
import dev.awsmfa.testing.FakePrograms;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code --device NAME}: looked up among the user's devices only when STS is to be called; security keys refused. */
class DeviceNameCommandTest extends CommandTestBase {
    static final String PHONE = "arn:aws:iam::123456789012:mfa/alice-phone";
    static final String TABLET = "arn:aws:iam::123456789012:mfa/alice-tablet";
    static final String KEY = "arn:aws:iam::123456789012:u2f/user/alice/yubikey-ABCDEFGH";
    FakeIam devices;

    @BeforeEach
    void twoDevices() {
        aws.credentials(longTermSection("dev"));
        devices = FakeIam.listing(PHONE, TABLET);
        iam = devices;
    }

    @Test
    void a_name_is_sent_to_sts_as_its_arn_and_the_prompt_names_the_arn() {
        CliRun.Result result = awsmfa("--profile", "dev", "--device", "alice-tablet");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(TABLET, sts.onlyCall().serial());
        assertTrue(terminal.prompts.get(0).contains(TABLET), terminal.prompts::toString);
        assertEquals(AwsHome.LONG_TERM_KEY_ID, devices.calls.get(0).credentials().accessKeyId());
        assertEquals(Optional.empty(), devices.calls.get(0).endpointOverride());
    }

    @Test
    void mfa_device_may_name_it_too_and_iam_is_called_at_its_own_override_not_the_sts_one() {
        aws.env("MFA_DEVICE", "alice-phone").env("AWS_ENDPOINT_URL_IAM", "http://127.0.0.1:9/iam");
        CliRun.Result result = awsmfa("--profile", "dev", "--endpoint-url", "http://127.0.0.1:8/sts");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(PHONE, sts.onlyCall().serial());
        assertEquals(Optional.of(URI.create("http://127.0.0.1:9/iam")), devices.calls.get(0).endpointOverride());
    }

    @Test
    void a_valid_session_is_reused_without_asking_iam() {
        aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 13:00:00"));
        iam = FakeIam.unused();
        CliRun.Result result = awsmfa("--profile", "dev", "--device", "alice-tablet");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(0, sts.calls.size());
    }

    @Test
    void an_unknown_name_lists_the_devices_and_calls_no_sts() {
        CliRun.Result result = awsmfa("--profile", "dev", "--device", "alice-watch");
        assertEquals(ExitCode.INVALID_INPUT.code(), result.exitCode(), result::toString);
        assertEquals("awsmfa: No MFA device of the IAM user is named 'alice-watch' (from --device); its devices: "
                + PHONE + ", " + TABLET + ". Give one of these names or ARNs.\n", result.err());
        assertEquals(0, sts.calls.size());
        assertEquals(0, terminal.prompts.size());
    }

    @Test
    void a_security_key_is_refused_before_any_call_wherever_it_comes_from() {
        iam = FakeIam.unused();
        CliRun.Result flag = awsmfa("--profile", "dev", "--device", KEY);
        assertEquals(ExitCode.INVALID_INPUT.code(), flag.exitCode(), flag::toString);
        assertEquals("awsmfa: MFA device " + KEY + " (from --device) is a security key or passkey, which AWS accepts "
                + "for console sign-in only, never for API calls: use a virtual or hardware TOTP device (awsmfa --setup "
                + "lists the user's devices), or 'aws login' to sign in with the key.\n", flag.err());
        aws.env("MFA_DEVICE", KEY);
        CliRun.Result env = awsmfa("--profile", "dev");
        assertTrue(env.err().contains("(from MFA_DEVICE) is a security key or passkey"), env::toString);
        aws.env().remove("MFA_DEVICE");
        aws.config("[profile dev]\nmfa_serial = " + KEY + "\n")
                .credentials(longTermSection("dev").replace("aws_mfa_device = " + AwsHome.DEVICE + "\n", ""));
        CliRun.Result result = awsmfa("--profile", "dev");
        assertEquals(ExitCode.INVALID_INPUT.code(), result.exitCode(), result::toString);
        assertTrue(result.err().contains("(from mfa_serial in [profile dev] of " + aws.configFile()
                + ") is a security key or passkey"), result::toString);
        assertEquals(0, sts.calls.size());
        assertEquals(0, terminal.prompts.size());
    }

    @Test
    void a_name_is_resolved_with_the_keys_a_credential_process_prints() {
        aws.credentials("").config("[profile dev-long-term]\ncredential_process = print-keys\n");
        FakePrograms programs = FakePrograms.printing(0, FakePrograms.keysJson("AKIAI44QH8DHBEXAMPLE",
                "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"));
        CliRun.Result result = CliRun.run(new Services(Env.of(aws.env()), CLOCK, terminal, CliRun.NO_COMMANDS, sts,
                devices, Dialogs.none(), programs, CliRun.NO_WAIT), "--profile", "dev", "--device", "alice-tablet");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(TABLET, sts.onlyCall().serial());
        assertEquals("AKIAI44QH8DHBEXAMPLE", devices.calls.get(0).credentials().accessKeyId());
    }
}
