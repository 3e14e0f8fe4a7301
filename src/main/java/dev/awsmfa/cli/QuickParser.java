package dev.awsmfa.cli;

import dev.awsmfa.Services;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the command lines scripts and prompts run many times a day (awsmfa --profile dev, status -q, export,
 * list, credential-process, --version) without picocli's model, which costs more than all the rest of such a
 * run: only the plain forms (--name value, --name=value, flags, each option once, values no one could take for
 * an option or a command), from the same {@link OptionDef}s; anything else (help, errors, --, @files, exec,
 * completion) is left to picocli. QuickParserTest checks that picocli parses what it accepts to the same values.
 */
final class QuickParser {
    /** The subcommands it reads; exec takes a command after {@code --}, clear and completion are rare. */
    private static final List<String> SUBCOMMANDS = List.of("list", "status", "export", "credential-process");

    private QuickParser() {
    }

    /** What to run, or {@code null} to leave the command line to picocli. */
    static Invocation parse(String[] args, Services services) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return new Invocation(new VersionCommand(services), new Values(List.of(), Map.of()));
        }
        int first = 0;
        Command command;
        if (args.length > 0 && SUBCOMMANDS.contains(args[0])) {
            command = Subcommands.command(args[0], services);
            first = 1;
        } else {
            command = new AwsMfaCommand(services);
        }
        Map<OptionDef<?>, Object> values = new HashMap<>();
        for (int i = first; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String inline = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 2) {
                name = arg.substring(0, equals);
                inline = arg.substring(equals + 1);
            }
            OptionDef<?> option = find(command.options(), name);
            if (option == null || values.containsKey(option)) {
                return null;
            }
            Object value;
            if (!option.takesValue()) {
                if (inline != null) {
                    return null;
                }
                value = Boolean.TRUE;
            } else {
                String text = inline;
                if (text == null) {
                    if (++i == args.length) {
                        return null;
                    }
                    text = args[i];
                }
                value = plain(text) ? option.convert(text) : null;
                if (value == null) {
                    return null;
                }
            }
            values.put(option, value);
        }
        for (OptionDef<?> option : command.options()) {
            if (!values.containsKey(option)) {
                values.put(option, option.absentValue());
            }
        }
        return new Invocation(command, new Values(command.options(), values));
    }

    private static OptionDef<?> find(List<OptionDef<?>> options, String name) {
        for (OptionDef<?> option : options) {
            if (option.isNamed(name)) {
                return option;
            }
        }
        return null;
    }

    /** A value picocli cannot take for an option, an argument file or a command name. */
    private static boolean plain(String text) {
        return !text.isEmpty() && text.charAt(0) != '-' && text.charAt(0) != '@' && !Subcommands.ALL.contains(text);
    }

    private static final class Values implements Arguments {
        private final List<OptionDef<?>> options;
        private final Map<OptionDef<?>, Object> values;

        Values(List<OptionDef<?>> options, Map<OptionDef<?>, Object> values) {
            this.options = options;
            this.values = values;
        }

        @Override
        public List<OptionDef<?>> options() {
            return options;
        }

        @Override
        public <T> T get(OptionDef<T> option) {
            if (!values.containsKey(option)) {
                throw new IllegalArgumentException("no option " + option.key());
            }
            return option.cast(values.get(option));
        }

        @Override
        public List<String> positionals() {
            return List.of();
        }
    }
}
