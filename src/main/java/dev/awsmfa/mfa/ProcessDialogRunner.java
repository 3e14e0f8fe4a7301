package dev.awsmfa.mfa;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.LocaleCharset;
import java.time.Duration;
import java.util.List;

/**
 * Runs a dialog program as a process of its own, from its argv (no shell), as {@link SystemProgramRunner} runs
 * programs (stdin the null device, killed with all it started on timeout); stdout (the answer) and stderr (GTK's
 * chatter, or why it failed) are both captured, so nothing of it reaches our stdout.
 */
public final class ProcessDialogRunner implements DialogRunner {
    /** An answer is a line; this only bounds memory if a dialog prints something huge by mistake. */
    private static final int MAX_KEPT_BYTES = 64 * 1024;

    private final SystemProgramRunner programs = new SystemProgramRunner();

    @Override
    public Finished run(List<String> argv, Duration timeout) {
        String name = argv.get(0);
        try {
            SystemProgramRunner.WithStderr ended = programs.runCapturingStderr(argv, timeout, MAX_KEPT_BYTES);
            return new Finished(ended.finished().status(), new String(ended.finished().stdout(), LocaleCharset.get()),
                    new String(ended.stderr(), LocaleCharset.get()));
        } catch (ProgramRunner.Failure e) {
            switch (e.kind()) {
                case NOT_STARTED:
                    throw new AwsMfaException(ExitCode.NO_MFA_CODE, "The MFA prompt " + name + " could not be started: "
                            + e.getMessage(), e);
                case TIMED_OUT:
                    throw new AwsMfaException(ExitCode.NO_MFA_CODE, "The MFA prompt (" + name + ") got no answer within "
                            + timeout.toSeconds() + " seconds and was closed.");
                case INTERRUPTED:
                    throw new AwsMfaException(ExitCode.NO_MFA_CODE, "The MFA prompt (" + name + ") was interrupted.", e);
                default:
                    throw new AwsMfaException(ExitCode.NO_MFA_CODE, "Cannot read the answer of the MFA prompt (" + name
                            + "): " + e.getMessage(), e);
            }
        }
    }
}
