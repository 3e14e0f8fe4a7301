package dev.awsmfa;

/**
 * Every exit status of awsmfa: scripts depend on them, so never renumber, only add. Each {@link #meaning()} is the
 * one wording --help, the man page and README's table (checked by a test) give it.
 */
public enum ExitCode {
    OK(0, "success; for status: the session is valid beyond the refresh window"),
    UNEXPECTED(1, "unexpected internal error (run again with --log-level DEBUG and report it)"),
    USAGE(2, "invalid command-line option or argument"),
    BAD_FILE(3, "an AWS config or credentials file cannot be read or is malformed"),
    PROFILE_NOT_FOUND(4, "the profile or its long-term credentials are not configured, or the credential_process "
            + "that prints them failed"),
    INVALID_INPUT(5, "invalid setting or input: duration, device ARN, role ARN, session name, region, or an MFA "
            + "code that is not 6 digits"),
    NO_MFA_CODE(6, "no MFA code: none given, no terminal or dialog to ask in, or the prompt was cancelled"),
    MFA_REJECTED(7, "AWS rejected the MFA code or device"),
    CREDENTIALS_REJECTED(8, "AWS rejected the long-term credentials or denied the request"),
    CLOCK_SKEW(9, "the local clock is too far from AWS's"),
    THROTTLED(10, "AWS throttled the request; retries exhausted"),
    NETWORK(11, "the STS endpoint (or, for console, the sign-in endpoint; for a device given by name or rotate, IAM) "
            + "could not be reached, timed out or failed"),
    LOCKED(12, "another awsmfa held the credentials file lock for too long"),
    NO_BROWSER(13, "console: no browser could be opened (--print prints the URL instead)"),
    ROTATION_BLOCKED(14, "rotate: the user already has two access keys, a rotation is unfinished (--resume) or "
            + "there is none to resume, or the keys come from a credential_process other than awsmfa keys get"),
    KEY_STORE(15, "the store that holds the long-term keys cannot be used (its tool is missing or failed, the entry "
            + "is absent, the passphrase is wrong), or keys move could not move them"),
    SESSION_EXPIRING(20, "status: the session expires within the refresh window"),
    SESSION_EXPIRED(21, "status: the session has expired"),
    SESSION_ABSENT(22, "status: the profile has no session"),
    COMMAND_NOT_EXECUTABLE(126, "exec: the command was found but cannot be run (no execute permission, a directory)"),
    COMMAND_NOT_FOUND(127, "exec: the command was not found (on PATH, or at the path given)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
