package dev.awsmfa.cli;

import dev.awsmfa.Services;
import dev.awsmfa.session.Reporter;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand of {@code awsmfa} shares: the outside world, its writers and {@code --log-level}. */
abstract class Subcommand {
    @ParentCommand
    AwsMfaCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    LoggingMixin logging;

    Services services() {
        return parent.services();
    }

    Reporter reporter() {
        return logging.reporter(spec.commandLine().getErr());
    }

    UseCases useCases(Reporter reporter) {
        return new UseCases(services(), reporter);
    }

    /** Prints data on stdout, flushed at once (a caller may be waiting for it). */
    void print(String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }
}
