package dev.awsmfa.cli;

import dev.awsmfa.session.Reporter;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --log-level}, shared by every command. */
public final class LoggingMixin {
    @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "INFO",
            description = "How much to say on stderr: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "DEBUG adds the steps taken and stack traces; no level ever shows a secret.")
    LogLevel level = LogLevel.INFO;

    Reporter reporter(PrintWriter err) {
        return new StderrReporter(err, level);
    }

    boolean debug() {
        return level.shows(LogLevel.DEBUG);
    }
}
