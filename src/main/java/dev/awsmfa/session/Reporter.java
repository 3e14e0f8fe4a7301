package dev.awsmfa.session;

/** What use cases tell the user: on stderr or nowhere (stdout is for data); a level is silent unless implemented. */
public interface Reporter {
    /** Says nothing; for callers that need silence (credential-process, quiet status). */
    Reporter SILENT = new Reporter() {
    };

    default void info(String message) {
    }

    default void warn(String message) {
    }

    default void debug(String message) {
    }

    /**
     * A line that replaces the previous progress line in place (a countdown), at the level of {@link #warn};
     * an empty one clears it.
     */
    default void progress(String line) {
    }
}
