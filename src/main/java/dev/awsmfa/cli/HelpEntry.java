package dev.awsmfa.cli;

/** One item of a {@link HelpSection}: a term (an exit code, a variable, a file, an example) and what it means. */
record HelpEntry(String term, String text) {
}
