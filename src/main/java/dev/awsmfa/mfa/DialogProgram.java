package dev.awsmfa.mfa;

import dev.awsmfa.PowerShellText;
import java.util.List;

/**
 * A program that shows a dialog asking for one line, prints it on stdout and exits 0, or exits non-zero on Cancel.
 * Each is started without a shell, its text passed so that no character of a profile name or device can change
 * what it runs or shows; the code typed is hidden, as on the terminal.
 */
public enum DialogProgram {
    /** macOS. The title and text are the script's arguments ({@code on run argv}), so no AppleScript quoting is needed. */
    OSASCRIPT("osascript") {
        @Override
        List<String> argv(String program, String title, String text) {
            return List.of(program, "-e", "on run argv", "-e", "text returned of (display dialog (item 2 of argv) "
                    + "with title (item 1 of argv) default answer \"\" with hidden answer)", "-e", "end run", title,
                    text);
        }

        /** Cancel is AppleScript's error -128, "User canceled", on stderr with status 1. */
        @Override
        boolean cancelled(int status, String stderr) {
            return status == 1 && stderr.contains("(-128)");
        }
    },
    /**
     * GNOME and most Linux desktops. zenity passes the text through {@code g_strcompress} (backslash escapes) and
     * takes an underscore as a mnemonic marker: both are doubled so that they show as written.
     */
    ZENITY("zenity") {
        @Override
        List<String> argv(String program, String title, String text) {
            return List.of(program, "--entry", "--hide-text", "--title=" + title,
                    "--text=" + text.replace("\\", "\\\\").replace("_", "__"));
        }
    },
    /** KDE. */
    KDIALOG("kdialog") {
        @Override
        List<String> argv(String program, String title, String text) {
            return List.of(program, "--title", title, "--password", text);
        }
    },
    /**
     * Windows PowerShell's credential dialog. The script is passed encoded (UTF-16LE, base64), which no Windows
     * command-line quoting can alter; the text sits in it as a single-quoted literal, where nothing is expanded.
     */
    POWERSHELL("powershell") {
        @Override
        List<String> argv(String program, String title, String text) {
            String script = "$answer = Get-Credential -UserName " + PowerShellText.singleQuoted(title)
                    + " -Message " + PowerShellText.singleQuoted(text) + "\n"
                    + "if ($null -eq $answer) { exit 1 }\n"
                    + "[Console]::Out.WriteLine($answer.GetNetworkCredential().Password)\n";
            return List.of(program, "-NoProfile", "-NoLogo", "-EncodedCommand",
                    PowerShellText.encodedCommand(script));
        }
    };

    private final String command;

    DialogProgram(String command) {
        this.command = command;
    }

    /** The name it is found by on PATH. */
    public String command() {
        return command;
    }

    /** The command line that shows the dialog, {@code program} being where it was found. */
    abstract List<String> argv(String program, String title, String text);

    /** Whether an exit means the person cancelled, rather than the program failing: status 1 with nothing on stderr. */
    boolean cancelled(int status, String stderr) {
        return status == 1 && stderr.isBlank();
    }
}
