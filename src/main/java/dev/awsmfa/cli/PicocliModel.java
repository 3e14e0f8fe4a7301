package dev.awsmfa.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * picocli's model of a {@link Command}, built in code: reading annotations by reflection, with a
 * runtime proxy per annotation that no class-data archive holds, cost tens of milliseconds of every
 * start (docs/decisions/0002). Used for help, usage errors, completion, the man page, and every
 * command line the {@link QuickParser} leaves alone.
 */
final class PicocliModel {
    private PicocliModel() {
    }

    static CommandSpec of(Command command) {
        Adapter adapter = new Adapter(command);
        CommandSpec spec = describe(adapter, command.name(), command.header(), command.description());
        for (OptionDef option : command.options()) {
            spec.addOption(option.toSpec());
        }
        command.complete(spec);
        addStandardHelp(spec);
        adapter.spec = spec;
        return spec;
    }

    /** A model with a name, a one-line header and a description, running {@code userObject}. */
    static CommandSpec describe(Object userObject, String name, String header, String description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(userObject, PlainFactory.INSTANCE).name(name)
                .versionProvider(new VersionProvider());
        spec.usageMessage().sortOptions(false).header(header).description(description);
        return spec;
    }

    /** {@code -h/--help} and {@code -V/--version}, last in the list as with picocli's standard mixin. */
    static void addStandardHelp(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
    }

    /** What picocli executes: the command, with the arguments it parsed into the model. */
    private static final class Adapter implements Callable<Integer> {
        private final Command command;
        private CommandSpec spec;

        Adapter(Command command) {
            this.command = command;
        }

        @Override
        public Integer call() throws Exception {
            try {
                return command.run(new SpecArguments(spec), spec.commandLine().getOut(), spec.commandLine().getErr());
            } catch (UsageException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
    }
}
