package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;

/** A profile of a run the user skipped (Ctrl-C while awsmfa waited for its device's next code): it got no code. */
public final class SkippedProfileException extends AwsMfaException {
    private static final long serialVersionUID = 1L;

    SkippedProfileException(String message) {
        super(ExitCode.NO_MFA_CODE, message);
    }
}
