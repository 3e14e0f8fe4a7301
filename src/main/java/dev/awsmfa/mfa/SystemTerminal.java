package dev.awsmfa.mfa;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.LocaleCharset;
import dev.awsmfa.Platform;
import java.io.Console;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * The real terminal: {@code /dev/tty} on POSIX, the console on Windows. Java 17 has no {@code isatty} and
 * cannot switch echo off on a device, hence:
 * <ul>
 * <li>Piped stdin: not when {@code System.console()} is non-null; else on Windows, where there is no other
 *     check; else as {@code sh -c 'test -t 0'} says, run on our stdin (it reads nothing). When that cannot
 *     run, stdin is a terminal: the worst case is a visible prompt, not a silent wait. Cached.</li>
 * <li>The prompt (POSIX) goes to and comes from {@code /dev/tty}, never stdout, echo off through {@code stty}
 *     when it works (aws-mfa echoes the code; hiding it costs little); no {@code /dev/tty} ({@code setsid},
 *     cron) gives empty. On Windows: {@code readPassword} with a console, else {@code CONIN$}/{@code CONOUT$}
 *     with the code visible; empty when neither opens.</li>
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
            known = System.console() == null && (Platform.WINDOWS || QuickProcess.run(List.of("sh", "-c", "test -t 0"),
                    ProcessBuilder.Redirect.INHERIT).map(finished -> finished.status() == 1).orElse(false));
            stdinPiped = known;
        }
        return known;
    }

    @Override
    public Optional<String> readStdinLine() {
        // Not System.in: its buffer would swallow input past the line that a later child may need.
        try {
            return LineReading.readLine(new FileInputStream(FileDescriptor.in), LocaleCharset.get());
        } catch (IOException e) {
            throw new AwsMfaException(ExitCode.NO_MFA_CODE,
                    "Cannot read the MFA code from standard input: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> prompt(String message) {
        return Platform.WINDOWS ? promptOnWindowsConsole(message, true) : promptOnDevTty(message, true);
    }

    @Override
    public Optional<String> ask(String question) {
        return Platform.WINDOWS ? promptOnWindowsConsole(question, false) : promptOnDevTty(question, false);
    }

    private static Optional<String> promptOnDevTty(String message, boolean hide) {
        try (InputStream in = new FileInputStream(POSIX_TTY); OutputStream out = new FileOutputStream(POSIX_TTY)) {
            if (!hide) {
                write(out, message);
                return Optional.of(LineReading.readLine(in, LocaleCharset.get()).orElse(""));
            }
            try (HiddenTtyInput hidden = HiddenTtyInput.hide(POSIX_TTY)) {
                write(out, message);
                Optional<String> typed = LineReading.readLine(in, LocaleCharset.get());
                if (hidden.echoIsOff()) {
                    write(out, "\n");
                }
                return Optional.of(typed.orElse(""));
            }
        } catch (IOException noControllingTerminal) {
            return Optional.empty();
        }
    }

    private static Optional<String> promptOnWindowsConsole(String message, boolean hide) {
        Console console = System.console();
        if (console != null) {
            if (!hide) {
                String typed = console.readLine("%s", message);
                return Optional.of(typed == null ? "" : typed);
            }
            char[] typed = console.readPassword("%s", message);
            return Optional.of(typed == null ? "" : new String(typed));
        }
        try (InputStream in = new FileInputStream("CONIN$"); OutputStream out = new FileOutputStream("CONOUT$")) {
            write(out, message);
            return Optional.of(LineReading.readLine(in, LocaleCharset.get()).orElse(""));
        } catch (IOException noConsole) {
            return Optional.empty();
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(LocaleCharset.get()));
        out.flush();
    }
}
