package dev.awsmfa.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's model of a {@link Command}, built in code: reading annotations by reflection, with a
 * runtime proxy per annotation that no class-data archive holds, cost tens of milliseconds of every
 * start (docs/decisions/0002). Used for help, usage errors, completion, the man page, and every
 * command line the {@link QuickParser} leaves alone. The model's user object is the command itself.
 */
final class PicocliModel {
    private PicocliModel() {
    }

    static CommandSpec of(Command command) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command, PlainFactory.INSTANCE).name(command.name())
                .versionProvider(new VersionCommand(command.services()));
        spec.usageMessage().sortOptions(false).header(command.header()).description(command.description());
        for (OptionDef<?> option : command.options()) {
            spec.addOption(option.toSpec());
        }
        command.complete(spec);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }
}
