package dev.awsmfa.validation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The IAM ARNs awsmfa meets: a role's, and a user's given for an MFA device (the most common mix-up), with the
 * device ARN it most likely meant. Regular expressions, compiled only when a role or a user ARN is given.
 */
public final class Arns {
    /** Where a user finds the right ARN, for messages. */
    public static final String WHERE_DEVICES_ARE_LISTED = "IAM > Users > Security credentials lists the device";

    private Arns() {
    }

    private static final class Patterns {
        static final Pattern USER = Pattern.compile("arn:(aws[\\w-]*):iam::(\\d{12}):user/(?:.*/)?([\\w+=,.@-]+)");
        static final Pattern ROLE = Pattern.compile("arn:aws[\\w-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");
    }

    /** A FIDO security key's or passkey's ARN ({@code arn:aws:iam::ACCOUNT:u2f/...}): sign-in only, no API MFA. */
    public static boolean isSecurityKey(String arn) {
        return arn.startsWith("arn:") && arn.contains(":u2f/");
    }

    public static boolean isRole(String arn) {
        return Patterns.ROLE.matcher(arn).matches();
    }

    /** For a user's ARN, the ARN of the MFA device named after the user: {@code arn:aws:iam::ACCOUNT:mfa/NAME}. */
    public static Optional<String> deviceForUser(String arn) {
        if (!arn.contains(":user/")) {
            return Optional.empty();
        }
        Matcher user = Patterns.USER.matcher(arn);
        return user.matches() ? Optional.of("arn:" + user.group(1) + ":iam::" + user.group(2) + ":mfa/" + user.group(3))
                : Optional.empty();
    }
}
