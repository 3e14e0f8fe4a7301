package dev.awsmfa.mfa;

import java.time.Duration;

/**
 * Runs a user-configured command line ({@code --token-command}, {@code mfa_process}) through the
 * platform shell and returns what it printed on stdout. Its stderr goes to ours, so tools such as
 * {@code ykman} can ask to touch the key.
 */
@FunctionalInterface
public interface CommandRunner {
    /** Fails (exit 6) when the command cannot start, exits non-zero or overruns, naming its source, not output. */
    String run(String commandLine, String source, Duration timeout);
}
