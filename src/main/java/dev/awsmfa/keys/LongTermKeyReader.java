package dev.awsmfa.keys;

import dev.awsmfa.mfa.ProgramRunner;
import dev.awsmfa.settings.LongTermCredentials;
import dev.awsmfa.settings.LongTermKeySource;
import java.util.Optional;

/**
 * Reads the IAM user's long-term keys from where {@link LongTermKeySource} says they are: as written in the
 * credentials file, from one of awsmfa's stores (its own {@code awsmfa keys get} line, read in-process), or from
 * any other {@code credential_process}. Called only when STS is about to be called (a new session, the console's
 * federation token, a rotation), never to reuse a session.
 */
public final class LongTermKeyReader {
    private final ProgramRunner programs;
    private final KeyStores stores;

    /** Without stores: awsmfa's own line is run as any other command would be (tests that need no store). */
    public LongTermKeyReader(ProgramRunner programs) {
        this(programs, null);
    }

    public LongTermKeyReader(ProgramRunner programs, KeyStores stores) {
        this.programs = programs;
        this.stores = stores;
    }

    public LongTermCredentials read(LongTermKeySource source) {
        if (source instanceof LongTermKeySource.FromCommand command) {
            Optional<KeysGetLine.Target> own = stores == null ? Optional.empty()
                    : KeysGetLine.parse(command.commandLine());
            if (own.isPresent()) {
                return stores.named(own.get().store()).get(own.get().entry());
            }
            return new CredentialProcess(programs).read(command);
        }
        return ((LongTermKeySource.InCredentialsFile) source).keys();
    }
}
