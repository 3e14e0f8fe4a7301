package dev.awsmfa.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away {@code pass} password store: a GPG key made for the test (no passphrase) in a short-named
 * {@code GNUPGHOME} (gpg-agent's socket path must stay under 108 bytes) and {@code pass init} with it. Skips the
 * test, saying why, where Debian's {@code pass} or {@code gpg} is not installed. {@link #close} stops gpg-agent.
 */
public final class PassStoreHome implements AutoCloseable {
    private final Path gnupgHome;
    private final Path store;

    private PassStoreHome(Path gnupgHome, Path store) {
        this.gnupgHome = gnupgHome;
        this.store = store;
    }

    public static PassStoreHome create(Path under) throws IOException {
        assumeTrue(AwsMfaProcess.onPath("pass") && AwsMfaProcess.onPath("gpg") && AwsMfaProcess.onPath("gpgconf"),
                "Debian's pass and gnupg are not installed (.ci/run installs them)");
        Path gnupg = Files.createTempDirectory(Path.of("/tmp"), "gpg");
        Files.setPosixFilePermissions(gnupg, PosixFilePermissions.fromString("rwx------"));
        PassStoreHome home = new PassStoreHome(gnupg, under.resolve("password-store"));
        home.run(null, "gpg", "--batch", "--quiet", "--pinentry-mode", "loopback", "--passphrase", "",
                "--quick-gen-key", "awsmfa test <test@example.invalid>", "default", "default", "never");
        String listing = home.run(null, "gpg", "--list-keys", "--with-colons");
        String fingerprint = null;
        for (String line : listing.split("\n")) {
            if (line.startsWith("fpr:") && fingerprint == null) {
                String[] fields = line.split(":");
                fingerprint = fields[9];
            }
        }
        home.run(null, "pass", "init", fingerprint);
        return home;
    }

    /** What a process needs to use this store. */
    public Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("GNUPGHOME", gnupgHome.toString());
        env.put("PASSWORD_STORE_DIR", store.toString());
        return env;
    }

    /** {@code pass insert -m -f ENTRY} with {@code text}. */
    public void insert(String entry, String text) {
        run(text, "pass", "insert", "--multiline", "--force", entry);
    }

    /** {@code pass show ENTRY}, or null when it is not there. */
    public String show(String entry) {
        Path file = store.resolve(entry + ".gpg");
        return Files.exists(file) ? run(null, "pass", "show", entry) : null;
    }

    private String run(String input, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env());
        try {
            Process process = builder.start();
            try (var stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        run(null, "gpgconf", "--kill", "gpg-agent");
        List<Path> all = new ArrayList<>();
        try (var walk = Files.walk(gnupgHome)) {
            walk.forEach(all::add);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(all.get(i));
        }
    }
}
