package dev.awsmfa.keys;

import dev.awsmfa.Env;
import dev.awsmfa.Platform;
import dev.awsmfa.mfa.InputProgramRunner;
import dev.awsmfa.mfa.PathSearch;
import dev.awsmfa.mfa.Terminal;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the stores need from the outside world: the environment (PATH, the stores' own variables), a way to run
 * their programs with the secret on stdin, the terminal (a passphrase), and the credentials file, beside which
 * the encrypted file store keeps its files.
 */
public record StoreContext(Env env, InputProgramRunner programs, Terminal terminal, Path credentialsFile) {
    /** The program's path on PATH, as the shell would find it. */
    public Optional<String> find(String program) {
        return new PathSearch(env.raw("PATH"), Platform.WINDOWS, env.raw("PATHEXT")).find(program);
    }
}
