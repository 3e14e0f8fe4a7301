package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * STS's documented limits on what awsmfa sends, checked before any network call: a request STS
 * would reject costs a round trip and, worse, spends the user's MFA code.
 */
public final class StsLimits {
    private StsLimits() {
    }

    public static final int MIN_DURATION = 900;
    public static final int MAX_SESSION_TOKEN_DURATION = 129_600;
    public static final int MAX_ASSUME_ROLE_DURATION = 43_200;
    public static final int DEFAULT_SESSION_TOKEN_DURATION = 43_200;
    public static final int DEFAULT_ASSUME_ROLE_DURATION = 3_600;

    private static final Pattern SERIAL = Pattern.compile("[\\w+=/:,.@-]{9,256}");
    private static final Pattern USER_ARN = Pattern.compile("arn:(aws[\\w-]*):iam::(\\d{12}):user/(?:.*/)?([\\w+=,.@-]+)");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[\\w-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("\\w{16,128}");

    public static void checkDuration(int seconds, boolean assumeRole, String source) {
        int max = assumeRole ? MAX_ASSUME_ROLE_DURATION : MAX_SESSION_TOKEN_DURATION;
        if (seconds < MIN_DURATION || seconds > max) {
            String call = assumeRole ? "AssumeRole" : "GetSessionToken";
            throw invalid("Duration " + seconds + " s (from " + source + ") is outside what STS " + call
                    + " accepts: use " + MIN_DURATION + " to " + max + " seconds"
                    + (assumeRole ? " (and no more than the role's MaxSessionDuration)." : "."));
        }
    }

    public static void checkSerial(String serial, String source) {
        Matcher user = USER_ARN.matcher(serial);
        if (user.matches()) {
            throw invalid("MFA device " + serial + " (from " + source + ") is a user ARN, not an MFA device: use arn:"
                    + user.group(1) + ":iam::" + user.group(2) + ":mfa/" + user.group(3)
                    + " (IAM console > Security credentials shows the device's ARN).");
        }
        if (!SERIAL.matcher(serial).matches()) {
            throw invalid("MFA device '" + serial + "' (from " + source + ") is not a valid serial number or ARN: "
                    + "expected arn:aws:iam::ACCOUNT:mfa/NAME (9-256 characters of letters, digits and +=/:,.@-).");
        }
    }

    public static void checkRoleArn(String roleArn, String source) {
        if (!ROLE_ARN.matcher(roleArn).matches()) {
            throw invalid("Role '" + roleArn + "' (from " + source + ") is not a role ARN: expected "
                    + "arn:aws:iam::ACCOUNT:role/NAME.");
        }
    }

    public static void checkSessionName(String name, String source) {
        if (!SESSION_NAME.matcher(name).matches()) {
            throw invalid("Role session name '" + name + "' (from " + source + ") is not accepted by STS: use 2-64 "
                    + "characters of letters, digits and +=,.@-.");
        }
    }

    public static void checkExternalId(String externalId, String source) {
        if (!EXTERNAL_ID.matcher(externalId).matches()) {
            throw invalid("External id (from " + source + ") is not accepted by STS: use 2-1224 characters of "
                    + "letters, digits and +=,.@:/-.");
        }
    }

    public static void checkRegion(String region, String source) {
        if (!REGION.matcher(region).matches()) {
            throw invalid("Region '" + region + "' (from " + source + ") is not an AWS region name: expected "
                    + "something like us-east-1, eu-west-2, cn-north-1 or us-gov-west-1.");
        }
    }

    /** The access key id's shape; the id itself is not secret but is shown masked all the same. */
    public static void checkAccessKeyId(String keyId, String where) {
        if (!ACCESS_KEY_ID.matcher(keyId).matches()) {
            throw new AwsMfaException(ExitCode.PROFILE_NOT_FOUND, where + ": aws_access_key_id is not an access key id "
                    + "(16-128 letters and digits, e.g. AKIA...): copy it again from the IAM console.");
        }
    }

    /**
     * A login name made acceptable as a role session name: characters STS refuses become '-'
     * ({@code DOMAIN\\user} becomes {@code DOMAIN-user}), cut to 64, padded to 2.
     */
    public static String sanitizeSessionName(String name) {
        String cleaned = name.replaceAll("[^\\w+=,.@-]", "-");
        if (cleaned.length() > 64) {
            cleaned = cleaned.substring(0, 64);
        }
        return cleaned.length() < 2 ? "awsmfa-" + cleaned.toLowerCase(Locale.ROOT) : cleaned;
    }

    private static AwsMfaException invalid(String message) {
        return new AwsMfaException(ExitCode.INVALID_INPUT, message);
    }
}
