package dev.awsmfa.mfa;

import java.time.Duration;
import java.util.List;

/** Runs a program with bytes on its stdin, stdout and stderr captured: a key store's tool, given the secret so. */
@FunctionalInterface
public interface InputProgramRunner {
    SystemProgramRunner.WithStderr runWithInput(List<String> argv, byte[] input, Duration timeout,
            int maxOutputBytes);
}
