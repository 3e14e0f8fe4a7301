package dev.awsmfa.files;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;

/** Another program changed the file between read and write so that the edit no longer applies: left as is. */
public final class ConcurrentEditException extends AwsMfaException {
    private static final long serialVersionUID = 1L;

    ConcurrentEditException(String file, String reason) {
        super(ExitCode.BAD_FILE, file + " was changed by another program while awsmfa waited, and " + reason
                + "; awsmfa left it as that program wrote it.");
    }

    /** The same failure, with what became of what awsmfa meant to write. */
    public ConcurrentEditException(ConcurrentEditException failure, String aftermath) {
        super(ExitCode.BAD_FILE, failure.getMessage() + " " + aftermath, failure);
    }
}
