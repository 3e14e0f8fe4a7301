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
     * Parses what a person typed or a command printed. Blanks are ignored, around and inside ({@code 123 456},
     * as authenticator apps show it, also with the ideographic space); any decimal digit counts as its ASCII
     * digit, so the full-width {@code １２３４５６} that a Japanese or Chinese input method types is accepted.
     * A refused code is described by its counts only ("got 5 digits"): it was typed without echo, and it is
     * a secret.
     *
     * @param source where the code came from, for the message ("--token", "the terminal", ...)
     */
    public static TotpCode parse(String raw, String source) {
        String text = raw == null ? "" : raw;
        StringBuilder digits = new StringBuilder(6);
        int characters = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            characters++;
            int digit = Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
            if (digit >= 0) {
                digits.append((char) ('0' + digit));
            }
        }
        if (characters == 0) {
            throw new NoMfaCodeException("No MFA code from " + source
                    + ": enter the 6-digit code your MFA device shows.", "no MFA code from " + source);
        }
        if (characters != 6 || digits.length() != 6) {
            throw new AwsMfaException(ExitCode.INVALID_INPUT, "The MFA code from " + source + " must be exactly 6 "
                    + "digits (got " + described(characters, characters - digits.length())
                    + "): enter the code your MFA device shows.");
        }
        return new TotpCode(digits.toString());
    }

    /** "5 digits", "6 characters, 1 not a digit": what was typed, without a single character of it. */
    private static String described(int characters, int notDigits) {
        if (notDigits == 0) {
            return characters + (characters == 1 ? " digit" : " digits");
        }
        return characters + (characters == 1 ? " character, " : " characters, ") + notDigits
                + (notDigits == 1 ? " not a digit" : " not digits");
    }

    /** A code is a (short-lived) secret: never printed. */
    @Override
    public String toString() {
        return "TotpCode[******]";
    }
}
