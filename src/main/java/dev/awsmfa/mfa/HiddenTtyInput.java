package dev.awsmfa.mfa;

import java.io.File;
import java.util.List;
import java.util.Optional;

/**
 * Turns the terminal's echo off while a code is typed and back as it was, also on Ctrl-C, with {@code stty}
 * on the device (Java 17 cannot change terminal modes); where that fails the code is typed visibly, as with
 * aws-mfa.
 */
final class HiddenTtyInput implements AutoCloseable {
    private final File tty;
    private final Optional<String> savedMode;
    private final Thread restoreOnExit;

    private HiddenTtyInput(File tty, Optional<String> savedMode) {
        this.tty = tty;
        this.savedMode = savedMode;
        this.restoreOnExit = new Thread(this::restore, "awsmfa-restore-tty");
        savedMode.ifPresent(mode -> Runtime.getRuntime().addShutdownHook(restoreOnExit));
    }

    /** Hides typing on {@code tty}; {@link #close()} shows it again. */
    static HiddenTtyInput hide(File tty) {
        Optional<String> saved = stty(tty, "-g")
                .filter(mode -> !mode.isEmpty())
                .filter(mode -> stty(tty, "-echo").isPresent());
        return new HiddenTtyInput(tty, saved);
    }

    /** True when typing is hidden, so the Enter key left no newline on the screen. */
    boolean echoIsOff() {
        return savedMode.isPresent();
    }

    @Override
    public void close() {
        if (savedMode.isEmpty()) {
            return;
        }
        restore();
        try {
            Runtime.getRuntime().removeShutdownHook(restoreOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to; it restores the mode itself.
        }
    }

    private void restore() {
        savedMode.ifPresent(mode -> stty(tty, mode));
    }

    private static Optional<String> stty(File tty, String argument) {
        return QuickProcess.run(List.of("stty", argument), ProcessBuilder.Redirect.from(tty))
                .filter(finished -> finished.status() == 0)
                .map(finished -> finished.stdout().strip());
    }
}
