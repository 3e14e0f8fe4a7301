package dev.awsmfa.mfa;

import java.util.Optional;

/** The real terminal: {@code /dev/tty} on POSIX, the console on Windows. */
public final class SystemTerminal implements Terminal {

    @Override
    public boolean stdinIsPiped() {
        throw new UnsupportedOperationException("in progress");
    }

    @Override
    public Optional<String> readStdinLine() {
        throw new UnsupportedOperationException("in progress");
    }

    @Override
    public Optional<String> prompt(String message) {
        throw new UnsupportedOperationException("in progress");
    }
}
