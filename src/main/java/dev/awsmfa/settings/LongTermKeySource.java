package dev.awsmfa.settings;

import java.util.Optional;

/**
 * Where a profile's long-term keys come from, decided from the files alone; the keys themselves are read only
 * when STS is about to be called ({@code keys.LongTermKeyReader}), so the reuse of a session never runs a command
 * nor opens a store. The credentials file's keys come first, as botocore reads them before {@code credential_process}.
 */
public sealed interface LongTermKeySource permits LongTermKeySource.InCredentialsFile, LongTermKeySource.FromCommand {
    /** Where the keys are, for DEBUG lines and messages; never a secret. */
    String describe();

    /**
     * What makes two profiles' keys the same keys, without reading them: the access key id in the file, else the
     * command line that prints them; never a secret.
     */
    String identity();

    /** The identity of keys written in a file: their access key id. */
    static String keyIdentity(String accessKeyId) {
        return "key " + accessKeyId;
    }

    /** The identity of keys a command prints: its line. */
    static String commandIdentity(String commandLine) {
        return "command " + commandLine;
    }

    /**
     * The keys written in the long-term section of the credentials file; {@code ignoredProcess} names a
     * {@code credential_process} of the same profile that is not run because these keys win.
     */
    record InCredentialsFile(LongTermCredentials keys, String where, Optional<String> ignoredProcess)
            implements LongTermKeySource {
        @Override
        public String describe() {
            return ignoredProcess.isPresent() ? where + " (" + ignoredProcess.get() + " is not run: the file's keys "
                    + "come first, as for botocore)" : where;
        }

        @Override
        public String identity() {
            return keyIdentity(keys.accessKeyId());
        }

        @Override
        public String toString() {
            return "InCredentialsFile[" + describe() + "]";
        }
    }

    /**
     * A {@code credential_process} command line that prints the keys as the AWS JSON; {@code where} names its
     * key, section and file ("credential_process in [profile dev-long-term] of ~/.aws/config").
     */
    record FromCommand(String commandLine, String where) implements LongTermKeySource {
        @Override
        public String describe() {
            return where;
        }

        @Override
        public String identity() {
            return commandIdentity(commandLine);
        }
    }
}
