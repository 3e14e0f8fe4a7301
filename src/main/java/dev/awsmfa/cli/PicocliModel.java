package dev.awsmfa.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's model of a {@link Command} (its user object), built in code: annotations, read by reflection with
 * a runtime proxy each that no class-data archive holds, cost tens of ms of every start (docs/decisions/0002).
 */
final class PicocliModel {
    private PicocliModel() {
    }

    static CommandSpec of(Command command) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command, PlainFactory.INSTANCE).name(command.name())
                .versionProvider(VersionCommand::getVersion);
        spec.usageMessage().sortOptions(false).header(command.header()).description(command.description());
        for (OptionDef<?> option : command.options()) {
            spec.addOption(option.toSpec());
        }
        command.complete(spec);
        HelpPage.install(spec, command);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }
}
