package dev.awsmfa.cli;

import dev.awsmfa.Build;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the project version Maven wrote into the jar at build time. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"awsmfa " + Build.version()};
    }
}
