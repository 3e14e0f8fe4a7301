package dev.awsmfa;

/** A failure the user can act on: one line (what happened, what to do; never a secret) and its exit code. */
public class AwsMfaException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ExitCode exitCode;

    public AwsMfaException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public AwsMfaException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
