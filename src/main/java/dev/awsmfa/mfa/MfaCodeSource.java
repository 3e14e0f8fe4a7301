package dev.awsmfa.mfa;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import java.time.Duration;
import java.util.Optional;

/**
 * Gets the MFA code, six digits, from the first source that applies: {@code --token}; {@code --token-command}
 * or the profile's {@code mfa_process}; a line of piped stdin (as aws-mfa reads it); a prompt on the terminal
 * device; else {@code ExitCode.NO_MFA_CODE}. A piped stdin that ends before its first line ({@code < /dev/null}
 * under CI or cron) is "no code on stdin", not a wrong code, so the prompt is tried next; a piped empty line is
 * an answer, refused as such.
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

    public TotpCode obtain(CodeRequest request) {
        if (request.token().isPresent()) {
            return TotpCode.parse(request.token().get(), "--token");
        }
        if (request.tokenCommand().isPresent()) {
            return fromCommand(request.tokenCommand().get(), "--token-command");
        }
        if (request.mfaProcess().isPresent()) {
            return fromCommand(request.mfaProcess().get(), "mfa_process");
        }
        if (request.stdinAllowed() && terminal.stdinIsPiped()) {
            Optional<String> line = terminal.readStdinLine();
            if (line.isPresent()) {
                return TotpCode.parse(line.get(), "standard input");
            }
        }
        Optional<String> typed = terminal.prompt(
                "Enter MFA code for " + request.deviceSerial() + " (profile " + request.profile() + "): ");
        if (typed.isPresent()) {
            return TotpCode.parse(typed.get(), "the terminal");
        }
        throw new AwsMfaException(ExitCode.NO_MFA_CODE, "No MFA code for profile " + request.profile()
                + ": there is no terminal to ask on. Pass --token CODE, "
                + (request.stdinAllowed() ? "pipe it on stdin, " : "")
                + "or set --token-command / mfa_process.");
    }

    private TotpCode fromCommand(String commandLine, String source) {
        String output = commandRunner.run(commandLine, source, COMMAND_TIMEOUT);
        return TotpCode.parse(output.lines().filter(line -> !line.isBlank()).findFirst().orElse(""), source);
    }
}
