package dev.awsmfa.mfa;

import java.time.Duration;
import java.util.Optional;

/**
 * Gets the MFA code, six digits, from the first source that applies: {@code --token} ({@code --token -}: a line
 * of stdin, asked for explicitly); {@code --token-command} or the profile's {@code mfa_process}; a prompt on the
 * terminal device, one line saying why before it; with no terminal to ask on (cron, CI, {@code ssh} without a
 * terminal), a line of piped stdin, as aws-mfa reads it; else {@code ExitCode.NO_MFA_CODE}.
 *
 * <p>Stdin is read only when it can be meant for the code: a terminal at hand means a person who can answer
 * there, while a pipe may carry a script whose first line would be lost ({@code echo cmd | bash -i} with awsmfa in
 * the rc file, {@code ssh host < script}). A stdin that ends before its first line ({@code < /dev/null}) is "no
 * code", not a wrong code; a piped empty line is an answer, refused as such.
 */
public final class MfaCodeSource {
    /** Long enough for a hardware key that waits for a touch, short enough not to hang a script forever. */
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    private final Terminal terminal;
    private final CommandRunner commandRunner;

    public MfaCodeSource(Terminal terminal, CommandRunner commandRunner) {
        this.terminal = terminal;
        this.commandRunner = commandRunner;
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
        Optional<String> typed = terminal.prompt((request.why().isEmpty() ? "" : "awsmfa: " + request.why() + "\n")
                + "Enter MFA code for " + request.deviceSerial() + " (profile " + request.profile() + "): ");
        if (typed.isPresent()) {
            return TotpCode.parse(typed.get(), "the terminal");
        }
        if (request.stdinAllowed() && terminal.stdinIsPiped()) {
            Optional<String> line = terminal.readStdinLine();
            if (line.isPresent()) {
                return TotpCode.parse(line.get(), "standard input");
            }
        }
        throw new NoMfaCodeException("No MFA code for profile " + request.profile()
                + ": there is no terminal to ask on. Pass --token CODE, "
                + (request.stdinAllowed() ? "pipe it on stdin, " : "")
                + "or set --token-command / mfa_process.", "no terminal to ask for an MFA code on");
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
