package dev.awsmfa.session;

/**
 * Where the use cases tell the user what they are doing. Everything goes to stderr (or nowhere):
 * stdout belongs to the data a command prints.
 */
public interface Reporter {
    void info(String message);

    void warn(String message);

    void debug(String message);

    /** Says nothing; for callers that need silence (credential-process, quiet status). */
    Reporter SILENT = new Reporter() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void debug(String message) {
        }
    };
}
