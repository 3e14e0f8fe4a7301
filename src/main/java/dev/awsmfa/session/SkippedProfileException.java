package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;

/** The user skipped a profile of a run (Ctrl-C while awsmfa waited for a device's next code): no code, not a failure. */
public final class SkippedProfileException extends AwsMfaException {
    private static final long serialVersionUID = 1L;

    SkippedProfileException(String message) {
        super(ExitCode.NO_MFA_CODE, message);
    }
}
