package dev.awsmfa.cli;

import dev.awsmfa.Services;
import dev.awsmfa.session.Reporter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every subcommand of {@code awsmfa} shares: the outside world, a model built in code
 * ({@link Options}) that starts with {@code --log-level}, and its writers. A subclass adds its own
 * options in its constructor.
 */
abstract class Subcommand implements Callable<Integer> {
    private final Services services;
    final CommandSpec spec;

    Subcommand(Services services, String name, String header, String description) {
        this.services = services;
        this.spec = Subcommands.describe(this, name, header, description);
        LogLevelOption.declare(spec);
    }

    Services services() {
        return services;
    }

    Reporter reporter() {
        return LogLevelOption.reporter(spec);
    }

    UseCases useCases(Reporter reporter) {
        return new UseCases(services, reporter);
    }

    /** Prints data on stdout, flushed at once (a caller may be waiting for it). */
    void print(String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }
}
