package dev.awsmfa.validation;

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
    @ValueSource(strings = {"bad!name", "arn:aws:iam::123456789012:mfa/has space", "ns:alice"})
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
    @ValueSource(strings = {"alice-phone", "short", "Alice.Phone@work", "GAHT12345678x", "gaht12345678", "PHONEBOOKS"})
    void names_are_accepted_to_be_looked_up(String name) {
        assertDoesNotThrow(() -> StsLimits.checkSerial(name, "--device"));
        assertTrue(StsLimits.isDeviceName(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GAHT12345678", "SAFENET123456789", "arn:aws:iam::123456789012:mfa/alice"})
    void arns_and_hardware_serials_are_not_names(String serial) {
        assertTrue(!StsLimits.isDeviceName(serial), serial);
    }

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:iam::123456789012:u2f/user/alice/yubikey-ABCDEFGH",
        "arn:aws-us-gov:iam::123456789012:u2f/passkey-1"})
    void security_keys_are_refused_with_the_way_out(String arn) {
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> StsLimits.checkSerial(arn, "mfa_serial in x"));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertTrue(e.getMessage().contains("(from mfa_serial in x) is a security key or passkey")
                && e.getMessage().contains("awsmfa --setup lists") && e.getMessage().contains("'aws login'"),
                e.getMessage());
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

    /** The character loops against the patterns STS documents, over generated strings near each limit. */
    @Test
    void the_character_checks_accept_exactly_what_the_documented_patterns_match() {
        java.util.Random random = new java.util.Random(17);
        String alphabet = "az09AZ_+=/:,.@-é \\ux";
        java.util.regex.Pattern serial = java.util.regex.Pattern.compile("[\\w+=/:,.@-]{9,256}");
        java.util.regex.Pattern sessionName = java.util.regex.Pattern.compile("[\\w+=,.@-]{2,64}");
        java.util.regex.Pattern externalId = java.util.regex.Pattern.compile("[\\w+=,.@:/-]{2,1224}");
        java.util.regex.Pattern keyId = java.util.regex.Pattern.compile("\\w{16,128}");
        java.util.regex.Pattern region = java.util.regex.Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
        int regions = 0;
        for (int i = 0; i < 50_000; i++) {
            int length = random.nextInt(4) == 0 ? random.nextInt(300) : random.nextInt(20);
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertEquals(serial.matcher(s).matches(), StsLimits.wordsAnd(s, "+=/:,.@-", 9, 256), s);
            assertEquals(sessionName.matcher(s).matches(), StsLimits.wordsAnd(s, "+=,.@-", 2, 64), s);
            assertEquals(externalId.matcher(s).matches(), StsLimits.wordsAnd(s, "+=,.@:/-", 2, 1224), s);
            assertEquals(keyId.matcher(s).matches(), StsLimits.wordsAnd(s, "", 16, 128), s);
            String candidate = regionLike(random);
            regions += region.matcher(candidate).matches() ? 1 : 0;
            assertEquals(region.matcher(candidate).matches(), StsLimits.isRegionName(candidate), candidate);
            assertEquals(region.matcher(s).matches(), StsLimits.isRegionName(s), s);
        }
        assertTrue(regions > 1_000, "too few valid regions generated: " + regions);
    }

    private static String regionLike(java.util.Random random) {
        String[] pieces = {"us", "eu", "a", "abc", "gov", "west", "", "-", "1", "12", "123", "X", "east", "9"};
        StringBuilder text = new StringBuilder(pieces[random.nextInt(3)]);
        int parts = random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            text.append('-').append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    @Test
    void sanitising_replaces_each_refused_character_as_the_pattern_did() {
        for (String login : new String[] {"DOMAIN\\user", "j\u00f6rg m\u00fcller", "a\uD83D\uDE00b", "ok.name@x"}) {
            String expected = login.replaceAll("[^\\w+=,.@-]", "-");
            assertEquals(expected.length() < 2 ? "awsmfa-" + expected : expected, StsLimits.sanitizeSessionName(login));
        }
    }
}
