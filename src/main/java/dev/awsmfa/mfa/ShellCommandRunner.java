package dev.awsmfa.mfa;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.LocaleCharset;
import dev.awsmfa.Platform;
import java.time.Duration;
import java.util.List;

/**
 * Runs command lines with {@code sh -c} (POSIX) or {@code cmd /c} (Windows), as {@link SystemProgramRunner}
 * runs programs (stdin the null device, stderr ours, killed on timeout); its stdout is the code, captured and
 * never shown in a message.
 */
public final class ShellCommandRunner implements CommandRunner {
    /** A code is a line; this only bounds memory if a command prints something huge by mistake. */
    private static final int MAX_KEPT_OUTPUT_BYTES = 64 * 1024;

    private final ProgramRunner programs;

    public ShellCommandRunner() {
        this(new SystemProgramRunner());
    }

    public ShellCommandRunner(ProgramRunner programs) {
        this.programs = programs;
    }

    @Override
    public String run(String commandLine, String source, Duration timeout) {
        List<String> shell = Platform.WINDOWS ? List.of("cmd", "/c", commandLine) : List.of("sh", "-c", commandLine);
        ProgramRunner.Finished finished;
        try {
            finished = programs.run(shell, timeout, MAX_KEPT_OUTPUT_BYTES);
        } catch (ProgramRunner.Failure e) {
            throw failed(e, commandLine, source, timeout);
        }
        if (finished.status() != 0) {
            throw new AwsMfaException(ExitCode.NO_MFA_CODE, source + " `" + commandLine
                    + "` exited with status " + finished.status() + ": run it yourself to see why.");
        }
        return new String(finished.stdout(), LocaleCharset.get());
    }

    private static AwsMfaException failed(ProgramRunner.Failure e, String commandLine, String source,
            Duration timeout) {
        switch (e.kind()) {
            case NOT_STARTED:
                return new AwsMfaException(ExitCode.NO_MFA_CODE, source + " `" + commandLine
                        + "` could not be started: " + e.getMessage(), e);
            case TIMED_OUT:
                return new AwsMfaException(ExitCode.NO_MFA_CODE, source + " `" + commandLine
                        + "` did not finish within " + seconds(timeout)
                        + " and was stopped: run it yourself to see why.");
            case INTERRUPTED:
                return new AwsMfaException(ExitCode.NO_MFA_CODE, source + " `" + commandLine + "` was interrupted.", e);
            default:
                return new AwsMfaException(ExitCode.NO_MFA_CODE, "Cannot read the output of " + source + " `"
                        + commandLine + "`: " + e.getMessage(), e);
        }
    }

    /** "1 second", "60 seconds". */
    public static String seconds(Duration timeout) {
        return timeout.toSeconds() + (timeout.toSeconds() == 1 ? " second" : " seconds");
    }
}
