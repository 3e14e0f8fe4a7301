package dev.awsmfa.cli;

import dev.awsmfa.Services;
import java.io.PrintWriter;
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
 * completion) to picocli. QuickParserTest checks, over generated command lines, that whatever it
 * accepts picocli parses to the same values.
 */
final class QuickParser {
    /** The subcommands it reads; exec takes a command after {@code --}, clear and completion are rare. */
    private static final List<String> SUBCOMMANDS = List.of("list", "status", "export", "credential-process");

    private QuickParser() {
    }

    /** What to run, or {@code null} to leave the command line to picocli. */
    static Run parse(String[] args, Services services) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return new Run(null, null);
        }
        int first = 0;
        Command command;
        if (args.length > 0 && SUBCOMMANDS.contains(args[0])) {
            command = Subcommands.command(args[0], services);
            first = 1;
        } else {
            command = new AwsMfaCommand(services);
        }
        Map<String, Object> values = new HashMap<>();
        for (int i = first; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String inline = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 2) {
                name = arg.substring(0, equals);
                inline = arg.substring(equals + 1);
            }
            OptionDef option = find(command.options(), name);
            if (option == null || values.containsKey(option.key())) {
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
            values.put(option.key(), value);
        }
        for (OptionDef option : command.options()) {
            if (!values.containsKey(option.key())) {
                values.put(option.key(), option.absentValue());
            }
        }
        return new Run(command, new Values(values));
    }

    private static OptionDef find(List<OptionDef> options, String name) {
        for (OptionDef option : options) {
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

    /** A command and its arguments, or the version request. */
    static final class Run {
        private final Command command;
        private final Arguments arguments;

        Run(Command command, Arguments arguments) {
            this.command = command;
            this.arguments = arguments;
        }

        /** The command's name, {@code awsmfa} for the root; null for the version request. */
        String commandName() {
            return command == null ? null : command.name();
        }

        Arguments arguments() {
            return arguments;
        }

        int run(PrintWriter out, PrintWriter err) {
            try {
                if (command == null) {
                    for (String line : new VersionProvider().getVersion()) {
                        out.println(line);
                    }
                    out.flush();
                    return 0;
                }
                return command.run(arguments, out, err);
            } catch (UsageException e) {
                String name = command instanceof AwsMfaCommand ? "awsmfa" : "awsmfa " + command.name();
                return ErrorHandler.reportUsage(e.getMessage(), name, err);
            } catch (Exception e) {
                return ErrorHandler.report(e, err, arguments != null && LogLevelOption.debug(arguments));
            }
        }
    }

    private static final class Values implements Arguments {
        private final Map<String, Object> values;

        Values(Map<String, Object> values) {
            this.values = values;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T value(String name) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no option " + name);
            }
            return (T) values.get(name);
        }

        @Override
        public List<String> positionals() {
            return List.of();
        }
    }
}
