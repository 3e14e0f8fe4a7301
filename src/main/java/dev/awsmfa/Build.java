package dev.awsmfa;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Which build of awsmfa this is. */
public final class Build {
    private Build() {
    }

    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = Build.class.getResourceAsStream("/dev/awsmfa/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // A jar that cannot read its own resource: treated as a build without them.
        }
        return properties.getProperty("version", "(development build)");
    }
}
