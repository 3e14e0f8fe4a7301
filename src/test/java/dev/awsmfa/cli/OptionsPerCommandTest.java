package dev.awsmfa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import dev.awsmfa.testing.CliRun;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Each subcommand takes the options it honours and refuses every other option awsmfa has, with a usage error
 * (exit 2), whichever parser reads the line: the quick parser leaves the line to picocli, which refuses it. Its
 * help lists exactly those options, and describes --profile by what the command does with it.
 */
class OptionsPerCommandTest extends CommandTestBase {
    private static final Services SERVICES = Services.system();
    private static final List<OptionDef<?>> ROOT_OPTIONS = new AwsMfaCommand(SERVICES).options();

    /** A subcommand and an option: one of the root's that it does not have, or one of its own. */
    record CommandOption(String command, OptionDef<?> option) {
        String[] line() {
            return lineWith(command, option);
        }

        @Override
        public String toString() {
            return command + " " + option.key();
        }
    }

    static Stream<CommandOption> foreignOptions() {
        List<CommandOption> all = new ArrayList<>();
        for (String name : Subcommands.ALL) {
            List<OptionDef<?>> own = Subcommands.command(name, SERVICES).options();
            for (OptionDef<?> option : ROOT_OPTIONS) {
                if (!hasOptionNamed(own, option.key())) {
                    all.add(new CommandOption(name, option));
                }
            }
        }
        return all.stream();
    }

    /** Who takes the option, as the commands' own option lists say, in the message's words. */
    static String takers(OptionDef<?> option) {
        List<String> commands = new ArrayList<>();
        for (String name : new java.util.TreeSet<>(Subcommands.ALL)) {
            if (hasOptionNamed(Subcommands.command(name, SERVICES).options(), option.key())) {
                commands.add(name);
            }
        }
        if (commands.isEmpty()) {
            return "awsmfa takes it";
        }
        String last = commands.remove(commands.size() - 1);
        return "awsmfa and its command" + (commands.isEmpty() ? " " + last
                : "s " + String.join(", ", commands) + " and " + last) + " take it";
    }

    static Stream<CommandOption> ownOptions() {
        List<CommandOption> all = new ArrayList<>();
        for (String name : Subcommands.ALL) {
            for (OptionDef<?> option : Subcommands.command(name, SERVICES).options()) {
                all.add(new CommandOption(name, option));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foreignOptions")
    void a_subcommand_refuses_an_option_it_does_not_honour_in_both_parsers(CommandOption foreign) {
        String[] line = foreign.line();
        assertNull(QuickParser.parse(line, SERVICES), "the quick parser must leave it to picocli");
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        CommandLine picocli = PicocliLine.create(SERVICES, sink, sink, Subcommands.ALL);
        assertThrows(UnmatchedArgumentException.class, () -> picocli.parseArgs(line));

        CliRun.Result result = awsmfa(line);
        assertEquals(ExitCode.USAGE.code(), result.exitCode(), result::toString);
        assertEquals("", result.out());
        assertEquals("awsmfa: '" + foreign.option().key() + "' is not an option of awsmfa " + foreign.command()
                + ": only " + takers(foreign.option()) + ".\n"
                + "Run 'awsmfa " + foreign.command() + " --help' for usage.\n", result.err());
        assertTrue(sts.calls.isEmpty() && terminal.prompts.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownOptions")
    void a_subcommand_takes_its_own_options_in_both_parsers_alike(CommandOption own) {
        String[] line = own.line();
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        ParseResult parsed = PicocliLine.create(SERVICES, sink, sink, Subcommands.neededFor(line)).parseArgs(line);
        CommandLine.Model.CommandSpec spec = parsed.subcommand().commandSpec();
        Invocation quick = QuickParser.parse(line, SERVICES);
        if (quick != null) {
            assertEquals(own.command(), quick.command().name());
            Object expected = new SpecArguments(spec).get(own.option());
            assertEquals(expected, quick.arguments().get(own.option()), own.toString());
        }
        assertTrue(parsed.subcommand().hasMatchedOption(own.option().key()), own.toString());
    }

    @Test
    void the_everyday_subcommands_read_by_the_quick_parser_take_their_options_there() {
        // Not vacuous: the parameterized test above compares values for these.
        for (String line : List.of("status --refresh-window 10", "status --long-term-suffix lt", "list --output json",
                "export --token 123456", "credential-process --force")) {
            assertTrue(QuickParser.parse(line.split(" "), SERVICES) != null, line);
        }
    }

    @Test
    void status_clear_and_list_take_no_refresh_option() {
        for (String command : List.of("status", "clear", "list")) {
            List<OptionDef<?>> own = Subcommands.command(command, SERVICES).options();
            for (OptionDef<?> option : List.of(RefreshFlags.TOKEN, RefreshFlags.TOKEN_COMMAND, RefreshFlags.FORCE,
                    RefreshFlags.DEVICE, RefreshFlags.DURATION, RefreshFlags.ASSUME_ROLE, RefreshFlags.REGION,
                    RefreshFlags.ENDPOINT_URL, RefreshFlags.NO_CODE_GUARD, RefreshFlags.EXTERNAL_ID,
                    RefreshFlags.ROLE_SESSION_NAME, AwsMfaCommand.SETUP)) {
                assertFalse(hasOptionNamed(own, option.key()), command + " " + option.key());
            }
        }
    }

    @Test
    void the_commands_that_refresh_take_every_refresh_option() {
        for (String command : List.of("export", "exec", "credential-process")) {
            List<OptionDef<?>> own = Subcommands.command(command, SERVICES).options();
            for (OptionDef<?> option : RefreshFlags.ALL) {
                assertTrue(hasOptionNamed(own, option.key()), command + " " + option.key());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foreignOptions")
    void help_does_not_list_an_option_the_command_refuses(CommandOption foreign) {
        CliRun.Result help = awsmfa(foreign.command(), "--help");
        assertEquals(0, help.exitCode(), help::toString);
        assertFalse(Pattern.compile("(?<![\\w-])" + Pattern.quote(foreign.option().key()) + "(?![\\w-])")
                .matcher(help.out()).find(), foreign + " in\n" + help.out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownOptions")
    void help_lists_every_option_the_command_takes(CommandOption own) {
        CliRun.Result help = awsmfa(own.command(), "--help");
        assertEquals(own.option().hidden(), !help.out().contains("\n  " + String.join(", ", own.option().names())),
                own + " in\n" + help.out());
    }

    @Test
    void profile_is_described_by_what_each_command_does_with_it() {
        assertProfileDescribed("Profile to refresh.", "--help");
        assertProfileDescribed("Profile to show.", "status", "--help");
        assertProfileDescribed("Profile whose session to remove.", "clear", "--help");
        assertProfileDescribed("Profile whose session to print.", "export", "--help");
        assertProfileDescribed("Profile whose session to print.", "credential-process", "--help");
        assertProfileDescribed("Profile whose session the command gets.", "exec", "--help");
    }

    private void assertProfileDescribed(String description, String... help) {
        String out = awsmfa(help).out();
        assertTrue(out.contains("  --profile=PROFILE         " + description + " "), description + " in\n" + out);
        if (help.length > 1) {
            assertFalse(out.contains("Profile to refresh"), out);
        }
    }

    private static boolean hasOptionNamed(List<OptionDef<?>> options, String name) {
        for (OptionDef<?> option : options) {
            if (option.isNamed(name)) {
                return true;
            }
        }
        return false;
    }

    private static String sampleValue(OptionDef<?> option) {
        return switch (option.kind()) {
            case NUMBER -> "900";
            case CHOICE -> ((Enum<?>) option.choices()[0]).name().toLowerCase(java.util.Locale.ROOT);
            default -> "dev";
        };
    }

    /** The command, the option (with a value if it takes one), and what the command needs to parse. */
    static String[] lineWith(String command, OptionDef<?> option) {
        List<String> line = new ArrayList<>(List.of(command));
        if (command.equals("completion")) {
            line.add("bash");
        }
        if (command.equals("keys")) {
            line.add("list");
        }
        line.add(option.key());
        if (option.takesValue()) {
            line.add(sampleValue(option));
        }
        if (command.equals("exec")) {
            line.addAll(List.of("--", "true"));
        }
        return line.toArray(new String[0]);
    }
}
