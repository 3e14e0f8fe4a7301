package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;

/**
 * A failed IAM call. {@link #reason()} is a clause ("IAM did not let access key ****WXYZ list its user's MFA
 * devices (AccessDenied)") that each caller ends with what to do instead: type the ARN, pass it.
 */
public final class IamFailure extends AwsMfaException {
    private static final long serialVersionUID = 1L;
    private final String reason;

    public IamFailure(ExitCode exitCode, String reason, Throwable cause) {
        super(exitCode, reason + ".", cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
