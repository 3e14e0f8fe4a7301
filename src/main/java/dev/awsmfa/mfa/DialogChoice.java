package dev.awsmfa.mfa;

import java.util.Optional;

/**
 * The dialog a prompt choice gets on a desktop, or why there is none. A program named explicitly is only looked up
 * on PATH: without a display it is started anyway and its own error reported. {@code auto} takes osascript on
 * macOS, PowerShell on Windows, elsewhere zenity, else kdialog, and only when a display is set.
 *
 * @param program where the program was found; empty when there is no dialog
 * @param unavailable why there is no dialog, a clause for a message; empty when there is one
 */
public record DialogChoice(Optional<DialogProgram> dialog, String program, String unavailable) {

    public static DialogChoice of(PromptChoice choice, Desktop desktop) {
        if (choice.dialog().isPresent()) {
            return found(choice.dialog().get(), desktop);
        }
        if (choice != PromptChoice.AUTO) {
            return none("--prompt " + choice.typed() + " shows no dialog");
        }
        if (desktop.kind() == Desktop.Kind.MAC) {
            return found(DialogProgram.OSASCRIPT, desktop);
        }
        if (desktop.kind() == Desktop.Kind.WINDOWS) {
            return found(DialogProgram.POWERSHELL, desktop);
        }
        if (!desktop.display()) {
            return none("no display for a dialog (DISPLAY and WAYLAND_DISPLAY are unset)");
        }
        DialogChoice zenity = found(DialogProgram.ZENITY, desktop);
        if (zenity.dialog().isPresent()) {
            return zenity;
        }
        DialogChoice kdialog = found(DialogProgram.KDIALOG, desktop);
        return kdialog.dialog().isPresent() ? kdialog
                : none("no dialog program: neither zenity nor kdialog is on PATH (install zenity)");
    }

    private static DialogChoice found(DialogProgram dialog, Desktop desktop) {
        Optional<String> program = desktop.programs().find(dialog.command());
        return program.isPresent() ? new DialogChoice(Optional.of(dialog), program.get(), "")
                : none(dialog.command() + " is not on PATH");
    }

    private static DialogChoice none(String why) {
        return new DialogChoice(Optional.empty(), "", why);
    }
}
