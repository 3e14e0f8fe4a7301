package dev.awsmfa.cli;

import dev.awsmfa.Build;
import dev.awsmfa.Services;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code --version}: the project version Maven wrote into the jar. No picocli type: an archive of
 * Java 25 cannot hold picocli's pre-Java-6 classes, so the quick path must not load them.
 */
final class VersionCommand extends Command {
    VersionCommand(Services services) {
        super(services, "awsmfa", "", "", List.of());
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        print(out, getVersion()[0] + "\n");
        return 0;
    }

    static String[] getVersion() {
        return new String[] {"awsmfa " + Build.version()};
    }
}
