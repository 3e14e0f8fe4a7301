package dev.awsmfa.cli;

import dev.awsmfa.Services;
import dev.awsmfa.session.Reporter;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command: its name, texts and options as data, and what it does with parsed {@link Arguments}, whichever
 * parser read them ({@link PicocliModel} builds picocli's model from it; the {@link QuickParser} needs none).
 */
abstract class Command {
    private final Services services;
    private final String name;
    private final String header;
    private final String description;
    private final List<OptionDef<?>> options;

    Command(Services services, String name, String header, String description, List<OptionDef<?>> options) {
        this.services = services;
        this.name = name;
        this.header = header;
        this.description = description;
        this.options = options;
    }

    /** Runs the command; its return value is the exit code. */
    abstract int run(Arguments arguments, PrintWriter out, PrintWriter err) throws Exception;

    /** Adds what {@link OptionDef}s cannot say (positional parameters, the root's layout) to picocli's model. */
    void complete(CommandSpec spec) {
    }

    /** What help and man page show after the options, in this order: exit status, examples... */
    List<HelpSection> sections() {
        return List.of();
    }

    final String name() {
        return name;
    }

    /** How usage messages name it: {@code awsmfa}, {@code awsmfa status}. */
    final String qualifiedName() {
        return name.equals("awsmfa") ? name : "awsmfa " + name;
    }

    final String header() {
        return header;
    }

    final String description() {
        return description;
    }

    final List<OptionDef<?>> options() {
        return options;
    }

    final Services services() {
        return services;
    }

    final Reporter reporter(Arguments arguments, PrintWriter err) {
        return new StderrReporter(err, LogLevel.of(this, arguments));
    }

    final UseCases useCases(Reporter reporter) {
        return new UseCases(services, reporter);
    }

    /** Prints data on stdout, flushed at once (a caller may be waiting for it). */
    static void print(PrintWriter out, String text) {
        out.print(text);
        out.flush();
    }
}
