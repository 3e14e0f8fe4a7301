package dev.awsmfa;

/**
 * A failure the user can act on: a one-line message (what happened and what to do) and the exit
 * code it ends the process with. Messages never contain secrets; the CLI prints them without a
 * stack trace unless DEBUG logging is on.
 */
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
