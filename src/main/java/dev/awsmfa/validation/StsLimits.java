package dev.awsmfa.validation;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import java.util.Locale;
import java.util.Optional;

/** STS's documented limits, checked before any call: a request STS would reject spends a round trip and the code. */
public final class StsLimits {
    private StsLimits() {
    }

    public static final int MIN_DURATION = 900;
    public static final int MAX_SESSION_TOKEN_DURATION = 129_600;
    public static final int MAX_ASSUME_ROLE_DURATION = 43_200;
    public static final int DEFAULT_SESSION_TOKEN_DURATION = 43_200;
    public static final int DEFAULT_ASSUME_ROLE_DURATION = 3_600;

    // Character loops, not regular expressions, for the checks every run makes (docs/decisions/0002);
    // StsLimitsTest holds them to the patterns STS documents.
    private static final String SERIAL_CHARS = "+=/:,.@-";
    private static final String DEVICE_NAME_CHARS = "+=,.@-";
    private static final String SESSION_NAME_CHARS = "+=,.@-";
    private static final String EXTERNAL_ID_CHARS = "+=,.@:/-";

    public static void checkDuration(int seconds, boolean assumeRole, String source) {
        int max = assumeRole ? MAX_ASSUME_ROLE_DURATION : MAX_SESSION_TOKEN_DURATION;
        if (seconds < MIN_DURATION || seconds > max) {
            String call = assumeRole ? "AssumeRole" : "GetSessionToken";
            throw invalid("Duration " + seconds + " s (from " + source + ") is outside what STS " + call
                    + " accepts: use " + MIN_DURATION + " to " + max + " seconds"
                    + (assumeRole ? " (and no more than the role's MaxSessionDuration)." : "."));
        }
    }

    /**
     * A device as the user gives it: an ARN or a hardware serial (sent to STS as it is), or a device's name
     * ({@link #isDeviceName}), which the caller resolves to its ARN through IAM. A security key is refused here,
     * wherever it came from, before any call: STS cannot take its codes.
     */
    public static void checkSerial(String serial, String source) {
        if (Arns.isSecurityKey(serial)) {
            throw invalid("MFA device " + serial + " (from " + source + ") is a security key or passkey, which AWS "
                    + "accepts for console sign-in only, never for API calls: use a virtual or hardware TOTP device ("
                    + "awsmfa --setup lists the user's devices), or 'aws login' to sign in with the key.");
        }
        Optional<String> device = Arns.deviceForUser(serial);
        if (device.isPresent()) {
            throw invalid("MFA device " + serial + " (from " + source + ") is a user ARN, not an MFA device: use "
                    + device.get() + " (" + Arns.WHERE_DEVICES_ARE_LISTED + ").");
        }
        boolean valid = isDeviceName(serial) ? wordsAnd(serial, DEVICE_NAME_CHARS, 1, 226)
                : wordsAnd(serial, SERIAL_CHARS, 9, 256);
        if (!valid) {
            throw invalid("MFA device '" + serial + "' (from " + source + ") is not a device ARN, serial number or "
                    + "name: expected arn:aws:iam::ACCOUNT:mfa/NAME (9-256 characters of letters, digits and "
                    + "+=/:,.@-), a hardware serial such as GAHT12345678, or the device's name.");
        }
    }

    /**
     * Whether a device value is a name to look up rather than a serial to send: not an ARN, and not shaped like a
     * hardware token's serial (capital letters and digits, at least 9, such as GAHT12345678), which has no name.
     */
    public static boolean isDeviceName(String value) {
        return !value.startsWith("arn:") && !isHardwareSerial(value);
    }

    private static boolean isHardwareSerial(String value) {
        if (value.length() < 9) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            digit |= c >= '0' && c <= '9';
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return digit;
    }

    public static void checkRoleArn(String roleArn, String source) {
        if (!Arns.isRole(roleArn)) {
            throw invalid("Role '" + roleArn + "' (from " + source + ") is not a role ARN: expected "
                    + "arn:aws:iam::ACCOUNT:role/NAME.");
        }
    }

    public static void checkSessionName(String name, String source) {
        if (!wordsAnd(name, SESSION_NAME_CHARS, 2, 64)) {
            throw invalid("Role session name '" + name + "' (from " + source + ") is not accepted by STS: use 2-64 "
                    + "characters of letters, digits and +=,.@-.");
        }
    }

    public static void checkExternalId(String externalId, String source) {
        if (!wordsAnd(externalId, EXTERNAL_ID_CHARS, 2, 1224)) {
            throw invalid("External id (from " + source + ") is not accepted by STS: use 2-1224 characters of "
                    + "letters, digits and +=,.@:/-.");
        }
    }

    public static void checkRegion(String region, String source) {
        if (!isRegionName(region)) {
            throw invalid("Region '" + region + "' (from " + source + ") is not an AWS region name: expected "
                    + "something like us-east-1, eu-west-2, cn-north-1 or us-gov-west-1.");
        }
    }

    /** The access key id's shape; the id itself is not secret but is shown masked all the same. */
    public static void checkAccessKeyId(String keyId, String where) {
        if (!wordsAnd(keyId, "", 16, 128)) {
            throw new AwsMfaException(ExitCode.PROFILE_NOT_FOUND, where + ": aws_access_key_id is not an access key id "
                    + "(16-128 letters and digits, e.g. AKIA...): copy it again from the IAM console.");
        }
    }

    /** Login name to role session name: characters STS refuses become '-' (DOMAIN\\user: DOMAIN-user), 2-64 long. */
    public static String sanitizeSessionName(String name) {
        StringBuilder sanitized = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
            int c = name.codePointAt(i);
            sanitized.append(isWordChar(c) || SESSION_NAME_CHARS.indexOf(c) >= 0 ? (char) c : '-');
        }
        String cleaned = sanitized.length() > 64 ? sanitized.substring(0, 64) : sanitized.toString();
        return cleaned.length() < 2 ? "awsmfa-" + cleaned.toLowerCase(Locale.ROOT) : cleaned;
    }

    /** {@code [\\w<extra>]{min,max}}: ASCII letters, digits, '_' and the {@code extra} characters. */
    static boolean wordsAnd(String text, String extra, int min, int max) {
        if (text.length() < min || text.length() > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isWordChar(c) && extra.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code [a-z]{2}(-[a-z]+)+-\\d{1,2}}: us-east-1, us-gov-west-1, cn-north-1. */
    static boolean isRegionName(String region) {
        String[] parts = region.split("-", -1);
        if (parts.length < 3 || parts[0].length() != 2) {
            return false;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (!isRun(parts[i], 'a', 'z')) {
                return false;
            }
        }
        String number = parts[parts.length - 1];
        return number.length() <= 2 && isRun(number, '0', '9');
    }

    /** One or more characters, all from {@code first} to {@code last}. */
    private static boolean isRun(String text, char first, char last) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < first || text.charAt(i) > last) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static AwsMfaException invalid(String message) {
        return new AwsMfaException(ExitCode.INVALID_INPUT, message);
    }
}
