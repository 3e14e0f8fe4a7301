package dev.awsmfa.cli;

/** {@code --output} of {@code list} and {@code status}: a table for people or JSON for programs. */
public enum OutputFormat {
    TEXT, JSON
}
