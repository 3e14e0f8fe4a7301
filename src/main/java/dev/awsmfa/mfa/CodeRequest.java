package dev.awsmfa.mfa;

import java.util.Optional;

/**
 * Everything that decides where the MFA code comes from.
 *
 * @param token the code given with {@code --token}/{@code --mfa-token}; {@code -} reads it from stdin
 * @param stdinAllowed false where stdin belongs to someone else (credential-process, export)
 * @param deviceSerial shown in the prompt so the user picks the right entry in the app
 * @param why one line shown before the prompt: why a code is asked for at all
 * @param prompt where a code may be asked for when nothing above gives one: the terminal, a dialog, nowhere
 */
public record CodeRequest(Optional<String> token, Optional<String> tokenCommand, Optional<String> mfaProcess,
        boolean stdinAllowed, String deviceSerial, String profile, String why, PromptSetting prompt) {
}
