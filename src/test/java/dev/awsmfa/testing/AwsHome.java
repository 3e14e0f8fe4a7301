package dev.awsmfa.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A throw-away home directory with its own {@code .aws} files, and the environment that points
 * awsmfa at it. Tests never see the developer's real {@code ~/.aws}.
 */
public final class AwsHome {
    public static final String LONG_TERM_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    public static final String LONG_TERM_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    public static final String DEVICE = "arn:aws:iam::123456789012:mfa/alice";

    private final Path home;
    private final Map<String, String> env = new HashMap<>();

    public AwsHome(Path home) {
        this.home = home;
        env.put("HOME", home.toString());
        env.put("USER", "alice");
        env.put("AWS_SHARED_CREDENTIALS_FILE", credentialsFile().toString());
        env.put("AWS_CONFIG_FILE", configFile().toString());
    }

    /** The usual aws-mfa layout: {@code [dev-long-term]} with keys and the legacy device key. */
    public static String longTermSection(String profile) {
        return "[" + profile + "-long-term]\n"
                + "aws_access_key_id = " + LONG_TERM_KEY_ID + "\n"
                + "aws_secret_access_key = " + LONG_TERM_SECRET + "\n"
                + "aws_mfa_device = " + DEVICE + "\n";
    }

    public Path home() {
        return home;
    }

    public Path credentialsFile() {
        return home.resolve(".aws").resolve("credentials");
    }

    public Path configFile() {
        return home.resolve(".aws").resolve("config");
    }

    public AwsHome credentials(String content) {
        return write(credentialsFile(), content);
    }

    public AwsHome config(String content) {
        return write(configFile(), content);
    }

    public String credentials() {
        return read(credentialsFile());
    }

    public String config() {
        return read(configFile());
    }

    public AwsHome env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Map<String, String> env() {
        return env;
    }

    private AwsHome write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            // As `aws configure` leaves them: private to the user.
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
