package dev.awsmfa.mfa;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The GUI dialogs of this desktop: which one a prompt choice gets, and asking in it for a code. The dialog's text
 * says why a code is asked and names the device and profile; it goes to the program's argv, never to our stdout.
 * Cancel is "no code" (exit 6, and a still valid session is kept); a program that fails says why in its stderr's
 * first line.
 */
public final class Dialogs {
    /** Long enough to find the phone and open the app, short enough not to hang an IDE's request forever. */
    static final Duration TIMEOUT = Duration.ofSeconds(120);
    static final String TITLE = "awsmfa: MFA code";

    private final Env env;
    private Desktop desktop;
    private DialogRunner runner;

    public Dialogs(Desktop desktop, DialogRunner runner) {
        this(null, desktop, runner);
    }

    private Dialogs(Env env, Desktop desktop, DialogRunner runner) {
        this.env = env;
        this.desktop = desktop;
        this.runner = runner;
    }

    /**
     * This machine's desktop and dialog programs, looked at only when a code is to be asked in a dialog: every
     * run builds its world, and most never ask.
     */
    public static Dialogs of(Env env) {
        return new Dialogs(env, null, null);
    }

    /** No dialog at all: a desktop without a display or programs, for tests and callers that never ask in one. */
    public static Dialogs none() {
        return new Dialogs(new Desktop(Desktop.Kind.OTHER, false, new NoPrograms()), new NoPrograms());
    }

    DialogChoice choose(PromptChoice choice) {
        if (desktop == null) {
            desktop = Desktop.of(env);
        }
        return DialogChoice.of(choice, desktop);
    }

    /** Asks in the dialog {@code chosen} found; its answer is parsed as every other source's. */
    TotpCode ask(DialogChoice chosen, CodeRequest request) {
        DialogProgram dialog = chosen.dialog().orElseThrow();
        String text = (request.why().isEmpty() ? "" : request.why() + "\n") + "Enter the MFA code for "
                + request.deviceSerial() + " (profile " + request.profile() + ").";
        if (runner == null) {
            runner = new ProcessDialogRunner();
        }
        DialogRunner.Finished finished = runner.run(dialog.argv(chosen.program(), TITLE, text), TIMEOUT);
        String source = "the " + dialog.command() + " prompt";
        if (finished.status() == 0) {
            return TotpCode.parse(firstLine(finished.stdout()), source);
        }
        if (dialog.cancelled(finished.status(), finished.stderr())) {
            throw new NoMfaCodeException("MFA prompt cancelled: no code for profile " + request.profile() + ".",
                    "the MFA prompt was cancelled");
        }
        String said = firstLine(finished.stderr()).strip();
        throw new AwsMfaException(ExitCode.NO_MFA_CODE, "The MFA prompt (" + dialog.command() + ") ended with status "
                + finished.status() + " and no code" + (said.isEmpty() ? "." : ": " + said));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** Finds nothing and runs nothing. */
    private static final class NoPrograms implements ProgramFinder, DialogRunner {
        @Override
        public Optional<String> find(String name) {
            return Optional.empty();
        }

        @Override
        public Finished run(List<String> argv, Duration timeout) {
            throw new IllegalStateException("no dialog program may run here: " + argv.get(0));
        }
    }
}
