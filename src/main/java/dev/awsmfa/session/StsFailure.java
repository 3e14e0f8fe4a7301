package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;

/** A failed STS call: one line to show, and {@link #kind()}, what the user must do, to branch on without parsing it. */
public final class StsFailure extends AwsMfaException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, each with the exit code it ends with. */
    public enum Kind {
        /** Wrong code, or a good code used twice in its 30-second window. */
        MFA_CODE_REJECTED(ExitCode.MFA_REJECTED),
        /** Serial number unknown or not this user's (a user ARN given as device, a typo). */
        MFA_DEVICE_REJECTED(ExitCode.MFA_REJECTED),
        /** Access key id unknown to AWS (deleted, or a typo). */
        UNKNOWN_ACCESS_KEY(ExitCode.CREDENTIALS_REJECTED),
        SIGNATURE_MISMATCH(ExitCode.CREDENTIALS_REJECTED),
        /** The long-term section holds session credentials whose token expired. */
        EXPIRED_TOKEN(ExitCode.CREDENTIALS_REJECTED),
        /** GetSessionToken signed with session credentials instead of an IAM user's keys. */
        SESSION_CREDENTIALS_USED(ExitCode.CREDENTIALS_REJECTED),
        /** GetFederationToken refused by an explicit deny: usually a policy that denies everything without MFA. */
        MFA_REQUIRED_BY_POLICY(ExitCode.CREDENTIALS_REJECTED),
        /** Any other AccessDenied (e.g. the role's trust policy refuses the user). */
        ACCESS_DENIED(ExitCode.CREDENTIALS_REJECTED),
        REGION_DISABLED(ExitCode.CREDENTIALS_REJECTED),
        /** Request rejected as malformed (e.g. duration longer than the role allows). */
        INVALID_REQUEST(ExitCode.INVALID_INPUT),
        CLOCK_SKEW(ExitCode.CLOCK_SKEW),
        /** Throttled, and the bounded retries did not get through. */
        THROTTLED(ExitCode.THROTTLED),
        /** STS answered 5xx or something that is not a valid STS answer. */
        SERVICE_ERROR(ExitCode.NETWORK),
        /** No connection, or no answer in time. */
        UNREACHABLE(ExitCode.NETWORK);

        private final ExitCode exitCode;

        Kind(ExitCode exitCode) {
            this.exitCode = exitCode;
        }

        public ExitCode exitCode() {
            return exitCode;
        }
    }

    private final Kind kind;

    public StsFailure(Kind kind, String message, Throwable cause) {
        super(kind.exitCode(), message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
