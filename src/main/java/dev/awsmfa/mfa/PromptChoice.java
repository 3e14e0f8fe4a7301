package dev.awsmfa.mfa;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import java.util.Locale;
import java.util.Optional;

/**
 * Where awsmfa may ask for a code when no flag, command or {@code mfa_process} gives one ({@code --prompt},
 * {@code AWSMFA_PROMPT}, {@code mfa_prompt}): {@link #AUTO} asks on the terminal, else in the desktop's dialog;
 * a dialog program named explicitly is asked instead of the terminal; {@link #NONE} never asks.
 */
public enum PromptChoice {
    AUTO,
    TERMINAL,
    OSASCRIPT,
    ZENITY,
    KDIALOG,
    POWERSHELL,
    NONE;

    /**
     * The dialog program named by this choice; empty for auto, terminal and none. Looked up, not held: every
     * refresh resolves a choice, and only one that asks in a dialog needs the dialogs' classes.
     */
    public Optional<DialogProgram> dialog() {
        if (this == OSASCRIPT) {
            return Optional.of(DialogProgram.OSASCRIPT);
        }
        if (this == ZENITY) {
            return Optional.of(DialogProgram.ZENITY);
        }
        if (this == KDIALOG) {
            return Optional.of(DialogProgram.KDIALOG);
        }
        return this == POWERSHELL ? Optional.of(DialogProgram.POWERSHELL) : Optional.empty();
    }

    boolean asksTerminal() {
        return this == AUTO || this == TERMINAL;
    }

    /** As typed: lower case. */
    public String typed() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * A value from the environment or a file, matched ignoring case as the flag is; without {@code Enum.valueOf},
     * which reflects, on a path that runs at every start.
     */
    public static PromptChoice parse(String value, String source) {
        for (PromptChoice choice : values()) {
            if (choice.name().equalsIgnoreCase(value.trim())) {
                return choice;
            }
        }
        throw new AwsMfaException(ExitCode.INVALID_INPUT, "'" + value + "' (from " + source + ") is not a prompt: use "
                + "one of " + allTyped() + ".");
    }

    /** "auto, terminal, ..., none": for messages. */
    public static String allTyped() {
        StringBuilder all = new StringBuilder();
        for (PromptChoice choice : values()) {
            all.append(all.length() == 0 ? "" : ", ").append(choice.typed());
        }
        return all.toString();
    }
}
