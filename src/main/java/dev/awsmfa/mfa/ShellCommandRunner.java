package dev.awsmfa.mfa;

import java.time.Duration;

/** Runs command lines with {@code sh -c} (POSIX) or {@code cmd /c} (Windows). */
public final class ShellCommandRunner implements CommandRunner {

    @Override
    public String run(String commandLine, String source, Duration timeout) {
        throw new UnsupportedOperationException("in progress");
    }
}
