package dev.awsmfa.mfa;

import java.util.Optional;

/**
 * The person at the keyboard, as far as awsmfa needs them: whether standard input is a pipe, a
 * line from it, and a prompt on the terminal device. A prompt never goes to stdout, which belongs
 * to the data a command prints ({@code export}, {@code credential-process}).
 */
public interface Terminal {
    /** Whether standard input is a pipe or a file rather than a terminal. */
    boolean stdinIsPiped();

    /** One line from standard input, without its line ending; empty at end of input. */
    Optional<String> readStdinLine();

    /**
     * Asks for a secret (an MFA code, a secret key) on the terminal device, never stdout, with typing hidden where
     * the terminal allows; empty without a terminal to ask on (CI, cron, setsid).
     */
    Optional<String> prompt(String message);

    /** Asks on the terminal device like {@link #prompt}, with the answer shown as it is typed: for what is not secret. */
    Optional<String> ask(String question);
}
