package dev.awsmfa.mfa;

/**
 * Gets the MFA code from the first source that applies: {@code --token}; {@code --token-command}
 * or the profile's {@code mfa_process}; one line of piped stdin (as aws-mfa reads it); a prompt on
 * the terminal device. With none of them, a clear error ({@code ExitCode.NO_MFA_CODE}). The code is
 * checked to be six digits before anyone calls STS.
 */
public final class MfaCodeSource {

    public MfaCodeSource(Terminal terminal, CommandRunner commandRunner) {
        throw new UnsupportedOperationException("in progress");
    }

    public TotpCode obtain(CodeRequest request) {
        throw new UnsupportedOperationException("in progress");
    }
}
