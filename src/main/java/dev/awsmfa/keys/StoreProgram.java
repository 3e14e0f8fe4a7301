package dev.awsmfa.keys;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.mfa.ProgramRunner;
import dev.awsmfa.mfa.SystemProgramRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A store's command-line tool ({@code pass}, {@code secret-tool}, {@code security}, PowerShell), found on PATH and
 * run without a shell, the secret only ever on its stdin or stdout. Its stderr is captured: its first line is
 * the reason a failure gives, and it never holds the secret.
 */
final class StoreProgram {
    /** Long enough for a keyring's unlock prompt or a pinentry. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_OUTPUT_BYTES = 64 * 1024;

    /** How the tool ended: its status, stdout and the first line of its stderr. */
    record Ran(int status, byte[] stdout, String firstErrorLine) {
        String text() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    private final StoreContext context;
    private final String store;
    private final String program;
    private final String install;

    /** @param install how to get the program, for the line that says it is missing */
    StoreProgram(StoreContext context, String store, String program, String install) {
        this.context = context;
        this.store = store;
        this.program = program;
        this.install = install;
    }

    /** Whether the tool is on PATH (or, given as an absolute path, there). */
    boolean installed() {
        return location().isPresent();
    }

    private Optional<String> location() {
        if (Path.of(program).isAbsolute()) {
            return Files.isExecutable(Path.of(program)) ? Optional.of(program) : Optional.empty();
        }
        return context.find(program);
    }

    /** Runs the tool with {@code arguments}; {@code input} (may be empty) on its stdin. */
    Ran run(byte[] input, List<String> arguments) {
        String path = location().orElseThrow(() -> failure(program + " is not on PATH: " + install
                + ", or choose another store (awsmfa keys move --help lists them)."));
        List<String> argv = new ArrayList<>();
        argv.add(path);
        argv.addAll(arguments);
        SystemProgramRunner.WithStderr done;
        try {
            done = context.programs().runWithInput(argv, input, TIMEOUT, MAX_OUTPUT_BYTES);
        } catch (ProgramRunner.Failure e) {
            throw failure(program + " " + (e.kind() == ProgramRunner.Failure.Kind.TIMED_OUT
                    ? "did not finish within " + TIMEOUT.toSeconds() + " s and was stopped (a locked keyring "
                            + "waiting for its password?)"
                    : "could not be run: " + e.getMessage()) + ".", e);
        }
        return new Ran(done.finished().status(), done.finished().stdout(), firstLine(done.stderr()));
    }

    /** A failed run as one line: what was tried, the status, and the tool's own first line. */
    AwsMfaException failed(String what, Ran ran) {
        return failure(store + ": " + what + " failed: " + program + " exited with status " + ran.status()
                + (ran.firstErrorLine().isEmpty() ? "" : " (" + ran.firstErrorLine() + ")") + ".");
    }

    /** The entry is not in the store: one line naming it and the way out. */
    AwsMfaException absent(String where) {
        return failure(where + " does not exist: move the keys there again with awsmfa keys move, or put the IAM "
                + "user's keys back in the credentials file.");
    }

    AwsMfaException failure(String line) {
        return failure(line, null);
    }

    private AwsMfaException failure(String line, Throwable cause) {
        return new AwsMfaException(ExitCode.KEY_STORE, line.startsWith(store) ? line : store + ": " + line, cause);
    }

    private static String firstLine(byte[] stderr) {
        String text = new String(stderr, StandardCharsets.UTF_8).strip();
        int end = text.indexOf('\n');
        String line = (end < 0 ? text : text.substring(0, end)).strip();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
