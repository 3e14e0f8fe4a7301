package dev.awsmfa.mfa;

import java.util.Optional;

/**
 * Everything that decides where the MFA code comes from.
 *
 * @param token the code given with {@code --token}/{@code --mfa-token}
 * @param stdinAllowed false where stdin belongs to someone else (credential-process, export)
 * @param deviceSerial shown in the prompt so the user picks the right entry in the app
 */
public record CodeRequest(Optional<String> token, Optional<String> tokenCommand, Optional<String> mfaProcess,
        boolean stdinAllowed, String deviceSerial, String profile) {
}
