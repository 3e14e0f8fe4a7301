package dev.awsmfa.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StsLimitsTest {

    @ParameterizedTest
    @CsvSource({"899,false", "129601,false", "43201,true", "0,true", "-5,false"})
    void durations_outside_sts_ranges_are_refused(int seconds, boolean role) {
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> StsLimits.checkDuration(seconds, role, "--duration"));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertTrue(e.getMessage().contains("--duration") && e.getMessage().contains("900 to"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"900,false", "129600,false", "43200,true", "3600,true"})
    void durations_inside_sts_ranges_pass(int seconds, boolean role) {
        assertDoesNotThrow(() -> StsLimits.checkDuration(seconds, role, "--duration"));
    }

    @Test
    void a_user_arn_given_as_device_gets_the_mfa_arn_suggested() {
        AwsMfaException e = assertThrows(AwsMfaException.class,
                () -> StsLimits.checkSerial("arn:aws:iam::123456789012:user/alice", "--device"));
        assertTrue(e.getMessage().contains("arn:aws:iam::123456789012:mfa/alice"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "arn:aws:iam::123456789012:mfa/has space"})
    void malformed_serials_are_refused(String serial) {
        assertThrows(AwsMfaException.class, () -> StsLimits.checkSerial(serial, "--device"));
    }

    @Test
    void serials_longer_than_256_are_refused() {
        assertThrows(AwsMfaException.class, () -> StsLimits.checkSerial("x".repeat(257), "--device"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:iam::123456789012:mfa/alice", "GAHT12345678", "arn:aws-cn:iam::123456789012:mfa/bob"})
    void valid_serials_pass(String serial) {
        assertDoesNotThrow(() -> StsLimits.checkSerial(serial, "--device"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "arn:aws:iam::123:role/admin", "arn:aws:iam::123456789012:user/admin"})
    void non_role_arns_are_refused(String arn) {
        assertThrows(AwsMfaException.class, () -> StsLimits.checkRoleArn(arn, "--assume-role"));
    }

    @ParameterizedTest
    @CsvSource({"'DOMAIN\\alice',DOMAIN-alice", "'John Smith',John-Smith", "a,awsmfa-a", "bob@corp.example,bob@corp.example"})
    void login_names_are_sanitised_for_sts(String login, String expected) {
        assertEquals(expected, StsLimits.sanitizeSessionName(login));
    }

    @Test
    void long_login_names_are_cut_to_64() {
        assertEquals(64, StsLimits.sanitizeSessionName("x".repeat(100)).length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-east-1", "eu-west-2", "cn-north-1", "us-gov-west-1", "ap-southeast-5"})
    void real_regions_pass(String region) {
        assertDoesNotThrow(() -> StsLimits.checkRegion(region, "--region"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"useast1", "us-east", "US-EAST-1", "https://sts.amazonaws.com"})
    void unknown_regions_are_refused(String region) {
        assertThrows(AwsMfaException.class, () -> StsLimits.checkRegion(region, "--region"));
    }
}
