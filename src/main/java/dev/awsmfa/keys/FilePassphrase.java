package dev.awsmfa.keys;

import dev.awsmfa.Env;
import dev.awsmfa.mfa.Terminal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where the encrypted file's passphrase comes from: {@value #VARIABLE} when it is set (scripts, CI), else the
 * person at the terminal, asked with typing hidden; a new passphrase is asked twice, so a typo cannot lock the
 * keys away. Nothing is kept between runs.
 */
final class FilePassphrase {
    static final String VARIABLE = "AWSMFA_FILE_PASSPHRASE";

    private final Env env;
    private final Terminal terminal;

    FilePassphrase(Env env, Terminal terminal) {
        this.env = env;
        this.terminal = terminal;
    }

    /** The passphrase that opens {@code file}, the entry {@code entry}. */
    char[] toOpen(String entry, Path file) {
        Optional<char[]> set = fromEnvironment();
        if (set.isPresent()) {
            return set.get();
        }
        return nonEmpty(ask("Passphrase for the keys of " + entry + " (" + file + "): ", file), file);
    }

    /** A passphrase for a new {@code file}: typed twice, and refused when the two differ. */
    char[] toSeal(String entry, Path file) {
        Optional<char[]> set = fromEnvironment();
        if (set.isPresent()) {
            return set.get();
        }
        String first = ask("New passphrase for the keys of " + entry + " (" + file + "): ", file);
        char[] passphrase = nonEmpty(first, file);
        if (!first.equals(ask("The same passphrase again: ", file))) {
            Arrays.fill(passphrase, '\0');
            throw EncryptedFileStore.failure("the two passphrases differ: nothing was written to " + file
                    + "; run the command again.");
        }
        return passphrase;
    }

    /** The line for a passphrase that does not open {@code file}. */
    String wrong(Path file) {
        return "the passphrase is wrong or " + file + " was altered"
                + (fromEnvironment().isPresent() ? " (the passphrase came from " + VARIABLE + ")." : ".");
    }

    private Optional<char[]> fromEnvironment() {
        String value = env.raw(VARIABLE);
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (value.isBlank()) {
            throw EncryptedFileStore.failure(VARIABLE + " holds only blanks: set it to the passphrase, or unset it "
                    + "to be asked on the terminal.");
        }
        return Optional.of(value.toCharArray());
    }

    private String ask(String prompt, Path file) {
        Optional<String> typed = terminal.prompt(prompt);
        if (typed.isEmpty()) {
            throw EncryptedFileStore.failure("no passphrase for " + file + ": set " + VARIABLE + ", or run awsmfa "
                    + "in a terminal to be asked for it.");
        }
        return typed.get();
    }

    private static char[] nonEmpty(String typed, Path file) {
        if (typed.isBlank()) {
            throw EncryptedFileStore.failure("an empty passphrase can neither protect nor open " + file + ": type "
                    + "the passphrase at the prompt, or set " + VARIABLE + ".");
        }
        return typed.toCharArray();
    }
}
