package dev.awsmfa.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A stand-in for {@code pass} on a test's PATH, keeping entries as plain files (no GPG), with what it was given on
 * the command line logged: for command-level tests that need a usable store, and to show no secret is in an argv.
 */
public final class FakePass {
    private final Path entries;
    private final Path argvLog;

    private FakePass(Path entries, Path argvLog) {
        this.entries = entries;
        this.argvLog = argvLog;
    }

    /**
     * Writes {@code bin/pass} under {@code dir} and an initialised store directory; {@code env} gets PATH (the fake
     * first) and PASSWORD_STORE_DIR.
     */
    public static FakePass install(Path dir, AwsHome env) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("fake-bin"));
        Path store = Files.createDirectories(dir.resolve("fake-password-store"));
        Files.writeString(store.resolve(".gpg-id"), "test@example.invalid\n");
        Path log = dir.resolve("fake-pass-argv");
        Path script = bin.resolve("pass");
        Files.writeString(script, "#!/bin/sh\n"
                + "printf '%s\\n' \"$*\" >> '" + log + "'\n"
                + "store='" + store + "'\n"
                + "case \"$1\" in\n"
                + "  insert) entry=\"$4\"; mkdir -p \"$store/$(dirname \"$entry\")\"; cat > \"$store/$entry.gpg\" ;;\n"
                + "  show) [ -f \"$store/$2.gpg\" ] || { echo \"Error: $2 is not in the password store.\" >&2; "
                + "exit 1; }; cat \"$store/$2.gpg\" ;;\n"
                + "  rm) [ -f \"$store/$3.gpg\" ] || { echo \"Error: $3 is not in the password store.\" >&2; "
                + "exit 1; }; rm -f \"$store/$3.gpg\" ;;\n"
                + "  *) echo \"fake pass: $1?\" >&2; exit 2 ;;\n"
                + "esac\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        env.env("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.env("PASSWORD_STORE_DIR", store.toString());
        return new FakePass(store, log);
    }

    /** The entry's text, or null. */
    public String entry(String name) throws IOException {
        Path file = entries.resolve(name + ".gpg");
        return Files.exists(file) ? Files.readString(file) : null;
    }

    /** Every command line the fake was run with. */
    public String argv() throws IOException {
        return Files.exists(argvLog) ? Files.readString(argvLog) : "";
    }
}
