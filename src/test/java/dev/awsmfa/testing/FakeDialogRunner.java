package dev.awsmfa.testing;

import dev.awsmfa.mfa.Desktop;
import dev.awsmfa.mfa.DialogRunner;
import dev.awsmfa.mfa.Dialogs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A desktop for tests: the dialog programs "installed" are found in {@code /fake/bin}, and each dialog shown is
 * recorded and ends as scripted ({@link #answering}, {@link #ending}).
 */
public final class FakeDialogRunner implements DialogRunner {
    public static final String BIN = "/fake/bin/";

    /** The argv of every dialog shown, in order. */
    public final List<List<String>> shown = new ArrayList<>();
    public final List<Duration> timeouts = new ArrayList<>();
    private Finished ending = new Finished(0, "123456\n", "");

    /** The person types {@code answer} and presses OK. */
    public FakeDialogRunner answering(String answer) {
        ending = new Finished(0, answer + "\n", "");
        return this;
    }

    /** The program ends with {@code status} and {@code stderr}, printing nothing. */
    public FakeDialogRunner ending(int status, String stderr) {
        ending = new Finished(status, "", stderr);
        return this;
    }

    @Override
    public Finished run(List<String> argv, Duration timeout) {
        shown.add(List.copyOf(argv));
        timeouts.add(timeout);
        return ending;
    }

    /** Dialogs on a desktop of {@code kind}, a display set or not, with {@code installed} on PATH, shown by this runner. */
    public Dialogs on(Desktop.Kind kind, boolean display, String... installed) {
        Set<String> programs = Set.of(installed);
        return new Dialogs(new Desktop(kind, display,
                name -> programs.contains(name) ? Optional.of(BIN + name) : Optional.empty()), this);
    }

    /** The one dialog's text, as zenity's {@code --text=} carries it; fails unless exactly one zenity dialog was shown. */
    public String zenityText() {
        if (shown.size() != 1) {
            throw new AssertionError("expected one dialog, got " + shown);
        }
        for (String argument : shown.get(0)) {
            if (argument.startsWith("--text=")) {
                return argument.substring("--text=".length());
            }
        }
        throw new AssertionError("no --text= in " + shown.get(0));
    }
}
