package dev.awsmfa.mfa;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;

/**
 * No code could be had: nothing typed at the prompt, no terminal to ask on, stdin at its end. Unlike a wrong
 * code, this may mean "not now", so a session that is still valid can be kept; {@link #briefly()} says what
 * was missing in the warning that keeps it.
 */
public final class NoMfaCodeException extends AwsMfaException {
    private static final long serialVersionUID = 1L;
    private final String briefly;

    NoMfaCodeException(String message, String briefly) {
        super(ExitCode.NO_MFA_CODE, message);
        this.briefly = briefly;
    }

    /** What was missing, in a few words: {@code no MFA code from the terminal}. */
    public String briefly() {
        return briefly;
    }
}
