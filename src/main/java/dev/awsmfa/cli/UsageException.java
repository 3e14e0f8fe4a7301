package dev.awsmfa.cli;

/** A combination of arguments a command refuses after parsing: reported like picocli's own usage errors. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
