package dev.awsmfa.cli;

import dev.awsmfa.Services;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * awsmfa's subcommands, and which of them one command line needs: the most frequent run,
 * {@code awsmfa --profile dev}, needs none, so it does not build their models; help and
 * completion still see every one.
 */
final class Subcommands {
    static final List<String> ALL = List.of("list", "status", "export", "exec", "credential-process", "clear",
            "completion");

    private Subcommands() {
    }

    /** The model of subcommand {@code name}; a switch, not a map of lambdas, to spin nothing at start. */
    static CommandSpec create(String name, Services services) {
        switch (name) {
            case "list":
                return new ListCommand(services).spec;
            case "status":
                return new StatusCommand(services).spec;
            case "export":
                return new ExportCommand(services).spec;
            case "exec":
                return new ExecCommand(services).spec;
            case "credential-process":
                return new CredentialProcessCommand(services).spec;
            case "clear":
                return new ClearCommand(services).spec;
            case "completion":
                return new CompletionCommand().spec;
            default:
                throw new IllegalArgumentException("no subcommand " + name);
        }
    }

    /** The model every subcommand starts from: its name, one-line header and description. */
    static CommandSpec describe(Object command, String name, String header, String description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command, PlainFactory.INSTANCE).name(name)
                .versionProvider(new VersionProvider());
        spec.usageMessage().sortOptions(false).header(header).description(description);
        return spec;
    }

    /**
     * Every subcommand named anywhere in {@code args} (registering one too many only costs time,
     * one too few would break parsing); all of them when help or completion is asked for, since
     * those list every command.
     */
    static Collection<String> neededFor(String[] args) {
        List<String> needed = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("help") || arg.equals("completion")) {
                return ALL;
            }
            if (ALL.contains(arg) && !needed.contains(arg)) {
                needed.add(arg);
            }
        }
        return needed;
    }
}
