package dev.awsmfa.keys;

import dev.awsmfa.mfa.ProgramRunner;
import dev.awsmfa.settings.LongTermCredentials;
import dev.awsmfa.settings.LongTermKeySource;

/**
 * Reads the IAM user's long-term keys from where {@link LongTermKeySource} says they are: as written in the
 * credentials file, or from a {@code credential_process}. Called only when STS is about to be called (a new
 * session, the console's federation token), never to reuse a session. The stores of a later change plug in here.
 */
public final class LongTermKeyReader {
    private final ProgramRunner programs;

    public LongTermKeyReader(ProgramRunner programs) {
        this.programs = programs;
    }

    public LongTermCredentials read(LongTermKeySource source) {
        if (source instanceof LongTermKeySource.FromCommand command) {
            return new CredentialProcess(programs).read(command);
        }
        return ((LongTermKeySource.InCredentialsFile) source).keys();
    }
}
