package dev.awsmfa.cli;

import dev.awsmfa.Services;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * awsmfa's subcommands, and which of them a command line needs: the most frequent run, {@code awsmfa --profile
 * dev}, needs none, so it builds none of their models; help and completion still see every one.
 */
final class Subcommands {
    static final List<String> ALL = List.of("list", "status", "export", "exec", "credential-process", "console",
            "rotate", "keys", "clear", "completion");

    private Subcommands() {
    }

    static Command command(String name, Services services) {
        return switch (name) {
            case "list" -> new ListCommand(services);
            case "status" -> new StatusCommand(services);
            case "export" -> new ExportCommand(services);
            case "exec" -> new ExecCommand(services);
            case "credential-process" -> new CredentialProcessCommand(services);
            case "console" -> new ConsoleCommand(services);
            case "rotate" -> new RotateCommand(services);
            case "keys" -> new KeysCommand(services);
            case "clear" -> new ClearCommand(services);
            case "completion" -> new CompletionCommand(services);
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    /** Subcommands named in args (one too many costs time, one too few breaks parsing); all for help or completion. */
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
