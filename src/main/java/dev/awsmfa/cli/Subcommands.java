package dev.awsmfa.cli;

import dev.awsmfa.Services;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

    static Command command(String name, Services services) {
        return switch (name) {
            case "list" -> new ListCommand(services);
            case "status" -> new StatusCommand(services);
            case "export" -> new ExportCommand(services);
            case "exec" -> new ExecCommand(services);
            case "credential-process" -> new CredentialProcessCommand(services);
            case "clear" -> new ClearCommand(services);
            case "completion" -> new CompletionCommand(services);
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
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
