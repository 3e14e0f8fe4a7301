package dev.awsmfa.mfa;

import java.time.Duration;
import java.util.Optional;

/**
 * Gets the MFA code, six digits, from the first source that applies: {@code --token} ({@code --token -}: a line
 * of stdin, asked for explicitly); {@code --token-command} or the profile's {@code mfa_process}; then as the
 * prompt setting says ({@code --prompt}, {@code AWSMFA_PROMPT}, {@code mfa_prompt}):
 * <ul>
 * <li>{@code auto} (the default) and {@code terminal}: a prompt on the terminal device, one line saying why before
 *     it; with no terminal to ask on (cron, CI, {@code ssh} without a terminal, an IDE), a line of piped stdin, as
 *     aws-mfa reads it; then, for {@code auto} only, the desktop's dialog when there is a display; else
 *     {@code ExitCode.NO_MFA_CODE}.</li>
 * <li>a dialog program ({@code zenity}...): that dialog, instead of the terminal and stdin.</li>
 * <li>{@code none}: piped stdin without a terminal, as above, and never a prompt.</li>
 * </ul>
 *
 * <p>Stdin is read only when it can be meant for the code: a terminal at hand means a person who can answer
 * there, while a pipe may carry a script whose first line would be lost ({@code echo cmd | bash -i} with awsmfa in
 * the rc file, {@code ssh host < script}). A stdin that ends before its first line ({@code < /dev/null}) is "no
 * code", not a wrong code; a piped empty line is an answer, refused as such. Piped stdin comes before the dialog:
 * a script that pipes the code in means it, and a dialog would block it; where stdin is the caller's
 * ({@code credential-process}, {@code export}) it is never read, so an IDE's {@code credential_process} gets the
 * dialog as soon as there is no terminal. Without a display (cron, {@code ssh}) {@code auto} opens no dialog.
 */
public final class MfaCodeSource {
    /** Long enough for a hardware key that waits for a touch, short enough not to hang a script forever. */
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    private final Terminal terminal;
    private final CommandRunner commandRunner;
    private final Dialogs dialogs;

    public MfaCodeSource(Terminal terminal, CommandRunner commandRunner, Dialogs dialogs) {
        this.terminal = terminal;
        this.commandRunner = commandRunner;
        this.dialogs = dialogs;
    }

    /** Without dialogs: where no desktop can be at hand. */
    public MfaCodeSource(Terminal terminal, CommandRunner commandRunner) {
        this(terminal, commandRunner, Dialogs.none());
    }

    /** The {@code --token} value that reads the code from stdin. */
    public static final String STDIN_TOKEN = "-";

    public TotpCode obtain(CodeRequest request) {
        if (request.token().isPresent()) {
            String token = request.token().get();
            return token.equals(STDIN_TOKEN) ? fromStdin() : TotpCode.parse(token, "--token");
        }
        if (request.tokenCommand().isPresent()) {
            return fromCommand(request.tokenCommand().get(), "--token-command");
        }
        if (request.mfaProcess().isPresent()) {
            return fromCommand(request.mfaProcess().get(), "mfa_process");
        }
        PromptChoice choice = request.prompt().choice();
        if (choice.dialog().isPresent()) {
            return fromDialog(dialogs.choose(choice), request);
        }
        if (choice.asksTerminal()) {
            Optional<String> typed = terminal.prompt((request.why().isEmpty() ? "" : "awsmfa: " + request.why()
                    + "\n") + "Enter MFA code for " + request.deviceSerial() + " (profile " + request.profile() + "): ");
            if (typed.isPresent()) {
                return TotpCode.parse(typed.get(), "the terminal");
            }
        }
        if (request.stdinAllowed() && terminal.stdinIsPiped()) {
            Optional<String> line = terminal.readStdinLine();
            if (line.isPresent()) {
                return TotpCode.parse(line.get(), "standard input");
            }
        }
        String nowhere = choice == PromptChoice.NONE ? request.prompt().described() + " asks nowhere"
                : "there is no terminal to ask on";
        if (choice == PromptChoice.AUTO) {
            DialogChoice dialog = dialogs.choose(choice);
            if (dialog.dialog().isPresent()) {
                return dialogs.ask(dialog, request);
            }
            nowhere += ", and " + dialog.unavailable();
        }
        throw new NoMfaCodeException("No MFA code for profile " + request.profile() + ": " + nowhere
                + ". Pass --token CODE, " + (request.stdinAllowed() ? "pipe it on stdin, " : "")
                + "or set --token-command / mfa_process.", "no terminal to ask for an MFA code on");
    }

    private TotpCode fromDialog(DialogChoice dialog, CodeRequest request) {
        if (dialog.dialog().isEmpty()) {
            throw new NoMfaCodeException("No MFA code for profile " + request.profile() + ": "
                    + request.prompt().described() + " asks in a dialog, but " + dialog.unavailable()
                    + ". Install it, or choose another: --prompt " + PromptChoice.allTyped().replace(", ", "|") + ".",
                    dialog.unavailable());
        }
        return dialogs.ask(dialog, request);
    }

    private TotpCode fromStdin() {
        Optional<String> line = terminal.readStdinLine();
        if (line.isEmpty()) {
            throw new NoMfaCodeException("No MFA code on standard input (--token -): it ended before a line. "
                    + "Pipe the code in, e.g. ykman oath accounts code -s AWS | awsmfa --token -.",
                    "standard input ended before an MFA code (--token -)");
        }
        return TotpCode.parse(line.get(), "standard input");
    }

    private TotpCode fromCommand(String commandLine, String source) {
        String output = commandRunner.run(commandLine, source, COMMAND_TIMEOUT);
        return TotpCode.parse(output.lines().filter(line -> !line.isBlank()).findFirst().orElse(""), source);
    }
}
