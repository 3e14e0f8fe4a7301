package dev.awsmfa.mfa;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.Platform;
import java.io.Console;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The real terminal: {@code /dev/tty} on POSIX, the console on Windows.
 *
 * <p>Choices, since Java 17 has no {@code isatty} and no way to switch echo off on a device:
 * <ul>
 * <li>Piped stdin (POSIX): a non-null {@code System.console()} means stdin is a terminal;
 *     otherwise {@code sh -c 'test -t 0'} runs with our stdin and its status answers (it reads
 *     nothing). When that check cannot run, stdin is taken as a terminal, so the worst case is a
 *     visible prompt rather than a silent wait for input. The answer is cached.</li>
 * <li>Piped stdin (Windows): there is no such check, so stdin counts as piped exactly when
 *     {@code System.console()} is null (stdin or stdout redirected).</li>
 * <li>The prompt (POSIX) is written to and read from {@code /dev/tty}, never stdout, with echo
 *     off through {@code stty} when it works (aws-mfa echoes the code; hiding it costs little).
 *     No {@code /dev/tty} (no controlling terminal, e.g. {@code setsid}, cron) gives empty.</li>
 * <li>The prompt (Windows): {@code System.console().readPassword} when there is a console,
 *     otherwise {@code CONIN$}/{@code CONOUT$} with the code visible; empty when neither opens.</li>
 * <li>End of input on the terminal (Ctrl-D) is an empty answer, not "no terminal".</li>
 * </ul>
 */
public final class SystemTerminal implements Terminal {
    private static final File POSIX_TTY = new File("/dev/tty");

    private volatile Boolean stdinPiped;

    @Override
    public boolean stdinIsPiped() {
        Boolean known = stdinPiped;
        if (known == null) {
            known = detectPipedStdin();
            stdinPiped = known;
        }
        return known;
    }

    private static boolean detectPipedStdin() {
        if (System.console() != null) {
            return false;
        }
        if (Platform.WINDOWS) {
            return true;
        }
        return QuickProcess.run(List.of("sh", "-c", "test -t 0"), ProcessBuilder.Redirect.INHERIT)
                .map(finished -> finished.status() == 1)
                .orElse(false);
    }

    @Override
    public Optional<String> readStdinLine() {
        // Not System.in: its buffer would swallow input past the line that a later child may need.
        try {
            return LineReading.readLine(new FileInputStream(FileDescriptor.in));
        } catch (IOException e) {
            throw new AwsMfaException(ExitCode.NO_MFA_CODE,
                    "Cannot read the MFA code from standard input: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> prompt(String message) {
        return Platform.WINDOWS ? promptOnWindowsConsole(message) : promptOnDevTty(message);
    }

    private static Optional<String> promptOnDevTty(String message) {
        try (InputStream in = new FileInputStream(POSIX_TTY); OutputStream out = new FileOutputStream(POSIX_TTY)) {
            try (HiddenTtyInput hidden = HiddenTtyInput.hide(POSIX_TTY)) {
                write(out, message);
                Optional<String> typed = LineReading.readLine(in);
                if (hidden.echoIsOff()) {
                    write(out, "\n");
                }
                return Optional.of(typed.orElse(""));
            }
        } catch (IOException noControllingTerminal) {
            return Optional.empty();
        }
    }

    private static Optional<String> promptOnWindowsConsole(String message) {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", message);
            return Optional.of(typed == null ? "" : new String(typed));
        }
        try (InputStream in = new FileInputStream("CONIN$"); OutputStream out = new FileOutputStream("CONOUT$")) {
            write(out, message);
            return Optional.of(LineReading.readLine(in).orElse(""));
        } catch (IOException noConsole) {
            return Optional.empty();
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
