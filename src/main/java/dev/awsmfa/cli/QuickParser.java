package dev.awsmfa.cli;

import dev.awsmfa.Services;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the command lines that scripts and prompts run many times a day ({@code awsmfa --profile
 * dev}, {@code status -q}, {@code export}, {@code list}, {@code credential-process}, {@code
 * --version}) without building picocli's model, which costs more than all the rest of such a run.
 * It reads only the plain forms ({@code --name value}, {@code --name=value}, flags, each option
 * once, values that cannot be mistaken for options or commands) from the same {@link OptionDef}s
 * as picocli's model, and leaves anything else (help, errors, {@code --}, {@code @files}, exec,
 * completion) to picocli. QuickParserTest checks that whatever it accepts, picocli parses to the
 * same values.
 */
final class QuickParser {
    /** The subcommands it reads; exec takes a command after {@code --}, clear and completion are rare. */
    private static final List<String> SUBCOMMANDS = List.of("list", "status", "export", "credential-process");

    private QuickParser() {
    }

    /** What to run, or {@code null} to leave the command line to picocli. */
    static Invocation parse(String[] args, Services services) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return new Invocation(new VersionCommand(services), new Values(Map.of()));
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
        return new Invocation(command, new Values(values));
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
        private final Map<OptionDef<?>, Object> values;

        Values(Map<OptionDef<?>, Object> values) {
            this.values = values;
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
