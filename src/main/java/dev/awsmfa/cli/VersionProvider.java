package dev.awsmfa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the project version Maven wrote into the jar at build time. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/awsmfa/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"awsmfa " + properties.getProperty("version", "(development build)")};
    }
}
