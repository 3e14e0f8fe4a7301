package dev.awsmfa.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * awsmfa's subcommands, and which of them one command line needs. picocli builds a command's model
 * by reflection when it is registered (about 150 ms cold for all seven), and the most frequent
 * run, {@code awsmfa --profile dev}, needs none; help and completion still see every one.
 */
final class Subcommands {
    static final Map<String, Class<?>> ALL;

    static {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        all.put("list", ListCommand.class);
        all.put("status", StatusCommand.class);
        all.put("export", ExportCommand.class);
        all.put("exec", ExecCommand.class);
        all.put("credential-process", CredentialProcessCommand.class);
        all.put("clear", ClearCommand.class);
        all.put("completion", CompletionCommand.class);
        ALL = Collections.unmodifiableMap(all);
    }

    private Subcommands() {
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
                return ALL.keySet();
            }
            if (ALL.containsKey(arg) && !needed.contains(arg)) {
                needed.add(arg);
            }
        }
        return needed;
    }
}
