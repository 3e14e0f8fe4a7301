package dev.awsmfa.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.settings.LongTermCredentials;
import dev.awsmfa.testing.FakeIam;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A device's name resolved to its ARN among the IAM user's devices. */
class OwnMfaDevicesTest {
    static final String PHONE = "arn:aws:iam::123456789012:mfa/alice-phone";
    static final String TEAM_PHONE = "arn:aws:iam::123456789012:mfa/team/alice-phone";
    static final String TABLET = "arn:aws:iam::123456789012:mfa/Alice-Tablet";
    static final String KEY = "arn:aws:iam::123456789012:u2f/user/alice/yubikey-ABCDEFGH";
    static final StsTarget TARGET = new StsTarget(new LongTermCredentials("AKIAIOSFODNN7EXAMPLE", "secret"),
            "eu-west-1", Optional.empty(), Duration.ofSeconds(5));

    private static String resolve(FakeIam iam, String name) {
        return new OwnMfaDevices(iam).resolve(name, "--device", TARGET);
    }

    @Test
    void a_unique_name_gives_its_arn_listed_with_the_keys_given() {
        FakeIam iam = FakeIam.listing(PHONE, TABLET, "GAHT12345678");
        assertEquals(PHONE, resolve(iam, "alice-phone"));
        assertEquals(TARGET, iam.calls.get(0));
    }

    @Test
    void case_is_ignored_only_when_no_name_matches_exactly() {
        assertEquals(TABLET, resolve(FakeIam.listing(PHONE, TABLET), "alice-tablet"));
    }

    @Test
    void no_match_lists_the_devices_there_are() {
        AwsMfaException e = assertThrows(AwsMfaException.class,
                () -> resolve(FakeIam.listing(PHONE, KEY), "alice-watch"));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertEquals("No MFA device of the IAM user is named 'alice-watch' (from --device); its devices: " + PHONE
                + ", " + KEY + " (security key: not for the CLI). Give one of these names or ARNs.", e.getMessage());
    }

    @Test
    void a_user_without_devices_is_told_so() {
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> resolve(FakeIam.listing(), "alice-phone"));
        assertTrue(e.getMessage().startsWith("The IAM user of these keys has no MFA device, so none is named "
                + "'alice-phone' (from --device)"), e.getMessage());
    }

    @Test
    void a_name_shared_by_devices_on_two_paths_names_both() {
        AwsMfaException e = assertThrows(AwsMfaException.class,
                () -> resolve(FakeIam.listing(PHONE, TABLET, TEAM_PHONE), "alice-phone"));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertEquals("'alice-phone' (from --device) names 2 MFA devices of the IAM user: " + PHONE + ", " + TEAM_PHONE
                + ". Give the ARN of the one to use.", e.getMessage());
    }

    @Test
    void a_security_key_found_by_name_is_refused() {
        AwsMfaException e = assertThrows(AwsMfaException.class,
                () -> resolve(FakeIam.listing(PHONE, KEY), "yubikey-ABCDEFGH"));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertTrue(e.getMessage().contains("is a security key or passkey"), e.getMessage());
    }

    @Test
    void a_refused_list_says_why_and_asks_for_the_arn() {
        FakeIam iam = FakeIam.failingWith(new IamFailure(ExitCode.CREDENTIALS_REJECTED,
                "IAM did not let access key ****MPLE list its user's MFA devices (AccessDenied)", null));
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> resolve(iam, "alice-phone"));
        assertEquals(ExitCode.CREDENTIALS_REJECTED, e.exitCode());
        assertEquals("IAM did not let access key ****MPLE list its user's MFA devices (AccessDenied), so the device "
                + "name 'alice-phone' (from --device) cannot be looked up: give the device's ARN instead.",
                e.getMessage());
    }
}
