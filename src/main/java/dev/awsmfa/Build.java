package dev.awsmfa;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** Which build of awsmfa this is. */
public final class Build {
    private static final String UNKNOWN = "(development build)";

    private Build() {
    }

    public static String version() {
        return properties().getProperty("version", UNKNOWN);
    }

    /**
     * Differs between any two builds, releases or not: what a result kept between runs is keyed
     * by, since the code that made it may have changed. The jar's path, size and modification
     * time, as the launcher keys its archive: reading a resource instead would open the jar
     * (~10 ms for its 3,500 entries), which the everyday runs otherwise never do.
     */
    public static String id() {
        try {
            Path code = Path.of(Build.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code + " " + stamp(code);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // No code source to look at (an unusual class loader): the version, and no reuse across builds of it.
            return version() + " " + ProcessHandle.current().pid() + " " + System.nanoTime();
        }
    }

    /**
     * A file's size and modification time: what tells one build of it from another without
     * reading it. A number, not FileTime's text: formatting an Instant loads java.time's formatters.
     */
    public static String stamp(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.size() + " " + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    private static Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = Build.class.getResourceAsStream("/dev/awsmfa/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // A jar that cannot read its own resource: treated as a build without them.
        }
        return properties;
    }
}
