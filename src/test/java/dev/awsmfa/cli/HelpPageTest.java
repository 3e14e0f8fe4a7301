package dev.awsmfa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.Services;
import dev.awsmfa.testing.CliRun;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --help} of every command at 80 columns (COLUMNS unset, no terminal) and at COLUMNS=120: no line longer,
 * no word split (every text reads whole once line breaks and indentation are undone), a usage line without
 * option names, so without aliases.
 */
class HelpPageTest extends CommandTestBase {
    static Stream<Arguments> commandsAndWidths() {
        List<Arguments> all = new ArrayList<>();
        List<String> commands = new ArrayList<>(List.of(""));
        commands.addAll(Subcommands.ALL);
        for (String command : commands) {
            all.add(Arguments.of(command, null));
            all.add(Arguments.of(command, 120));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "awsmfa {0} --help, COLUMNS={1}")
    @MethodSource("commandsAndWidths")
    void wraps_to_the_width_at_spaces_only(String command, Integer columns) {
        if (columns != null) {
            aws.env("COLUMNS", columns.toString());
        }
        int width = columns == null ? 80 : columns;
        CliRun.Result help = help(command);
        assertEquals(0, help.exitCode(), help::toString);
        for (String line : help.out().split("\n")) {
            assertTrue(line.length() <= width, "longer than " + width + ": " + line);
            assertFalse(line.endsWith(" "), "trailing blank: '" + line + "'");
        }
        String flowing = flowing(help.out());
        for (String text : texts(spec(command))) {
            assertTrue(flowing.contains(flowing(text)), "not whole in the help: " + text + "\n" + help.out());
        }
    }

    @Test
    void uses_the_width_it_is_given() {
        aws.env("COLUMNS", "120");
        assertTrue(help("").out().lines().anyMatch(line -> line.length() > 100));
        aws.env("COLUMNS", "abc");
        assertTrue(help("").out().lines().allMatch(line -> line.length() <= 80));
    }

    @Test
    void usage_names_no_option_and_so_no_alias() {
        assertTrue(help("").out().contains("\nUsage: awsmfa [OPTIONS]\n       awsmfa COMMAND [OPTIONS]\n"));
        assertTrue(help("status").out().contains("\nUsage: awsmfa status [OPTIONS]\n"));
        assertTrue(help("exec").out().contains("\nUsage: awsmfa exec [OPTIONS] [--] [COMMAND...]\n"));
        assertTrue(help("completion").out().contains("\nUsage: awsmfa completion [OPTIONS] SHELL\n"));
    }

    @Test
    void lists_the_canonical_name_of_an_option_first() {
        String help = help("").out();
        assertTrue(help.contains("\n  --assume-role, --assume=ARN\n"), help);
        assertTrue(help.contains("\n  --long-term-suffix, --long-suffix=SUFFIX\n"), help);
    }

    private CliRun.Result help(String command) {
        return command.isEmpty() ? awsmfa("--help") : awsmfa(command, "--help");
    }

    private static CommandSpec spec(String command) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        CommandLine root = Cli.create(Services.system(), sink, sink);
        return command.isEmpty() ? root.getCommandSpec() : root.getSubcommands().get(command).getCommandSpec();
    }

    /** Every text the page shows: header, description, each option's, each section's. */
    private static List<String> texts(CommandSpec spec) {
        Command command = (Command) spec.userObject();
        List<String> texts = new ArrayList<>(List.of(command.header(), command.description()));
        for (OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                texts.add(HelpPage.description(option));
            }
        }
        for (HelpSection section : command.sections()) {
            texts.add(section.intro());
            for (HelpEntry entry : section.entries()) {
                texts.add(entry.term());
                texts.add(entry.text());
            }
        }
        return texts;
    }

    /** Line breaks and the indentation after them undone. */
    private static String flowing(String text) {
        return text.replaceAll("\\s*\n\\s*", " ").trim();
    }
}
