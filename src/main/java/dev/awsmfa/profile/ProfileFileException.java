package dev.awsmfa.profile;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;

/** A file the AWS CLI would refuse, or unreadable: {@code file:line: what is wrong; what to do}. Never written. */
public final class ProfileFileException extends AwsMfaException {
    private static final long serialVersionUID = 1L;
    private final int line;

    /** @param line 1-based line number, or 0 when the problem is the file as a whole */
    public ProfileFileException(String file, int line, String problem) {
        super(ExitCode.BAD_FILE, (line > 0 ? file + ":" + line : file) + ": " + problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
