package dev.awsmfa.mfa;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;

/** A six-digit TOTP code, checked before any call: STS takes nothing else, and anything else burns a request. */
public record TotpCode(String digits) {
    /** Six digits, or no code at all; {@link #parse} tells the user what is wrong with one. */
    public TotpCode {
        if (digits.length() != 6 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("an MFA code is six digits");
        }
    }

    /**
     * Parses what a person typed or a command printed. Surrounding whitespace is ignored, so are
     * spaces inside ({@code 123 456}, as authenticator apps show it).
     *
     * @param source where the code came from, for the message ("--token", "the terminal", ...)
     */
    public static TotpCode parse(String raw, String source) {
        String compact = raw == null ? "" : raw.strip().replace(" ", "");
        if (compact.isEmpty()) {
            throw new NoMfaCodeException("No MFA code from " + source
                    + ": enter the 6-digit code your MFA device shows.", "no MFA code from " + source);
        }
        boolean digitsOnly = compact.chars().allMatch(c -> c >= '0' && c <= '9');
        if (compact.length() != 6 || !digitsOnly) {
            throw new AwsMfaException(ExitCode.INVALID_INPUT, "The MFA code from " + source + " must be exactly 6 "
                    + "digits (got " + compact.length() + (digitsOnly ? " digits" : " characters, not all digits")
                    + "): enter the code your MFA device shows.");
        }
        return new TotpCode(compact);
    }

    /** A code is a (short-lived) secret: never printed. */
    @Override
    public String toString() {
        return "TotpCode[******]";
    }
}
