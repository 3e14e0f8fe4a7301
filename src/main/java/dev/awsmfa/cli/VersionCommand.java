package dev.awsmfa.cli;

import dev.awsmfa.Build;
import dev.awsmfa.Services;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the project version Maven wrote into the jar; also picocli's version provider. */
final class VersionCommand extends Command implements IVersionProvider {
    VersionCommand(Services services) {
        super(services, "awsmfa", "", "", List.of());
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        print(out, getVersion()[0] + "\n");
        return 0;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"awsmfa " + Build.version()};
    }
}
