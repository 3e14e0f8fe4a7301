package dev.awsmfa.session;

/**
 * Where the use cases tell the user what they are doing. Everything goes to stderr (or nowhere):
 * stdout belongs to the data a command prints. Each level says nothing unless implemented.
 */
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
}
