package dev.awsmfa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The script's tables against the command model that runs: every subcommand, every option each command shows
 * in --help and every choice of an enum value is completed, and nothing else. A subcommand, option or choice
 * added to the commands and not reaching the script fails here.
 */
class CompletionModelTest extends BashSandboxTest {
    CommandLine model;

    @BeforeEach
    void setUp() throws IOException {
        model = CompletionSandbox.model();
    }

    @Test
    void every_subcommand_and_nothing_else() throws IOException {
        assertFalse(model.getSubcommands().isEmpty());
        assertEquals(new TreeSet<>(model.getSubcommands().keySet()), new TreeSet<>(sandbox.bash("awsmfa", "")));
    }

    @Test
    void every_visible_option_of_every_command_and_nothing_else() throws IOException {
        for (CommandSpec command : commands()) {
            TreeSet<String> names = new TreeSet<>();
            for (OptionSpec option : command.options()) {
                if (!option.hidden()) {
                    names.addAll(List.of(option.names()));
                }
            }
            assertTrue(names.contains("--help"), command.qualifiedName());
            assertEquals(names, new TreeSet<>(sandbox.bash(words(command, "-"))), command.qualifiedName());
        }
    }

    @Test
    void every_choice_of_every_enum_value_in_lower_case() throws IOException {
        int checked = 0;
        for (CommandSpec command : commands()) {
            List<ArgSpec> args = new ArrayList<>(command.options());
            args.addAll(command.positionalParameters());
            for (ArgSpec arg : args) {
                if (arg.hidden() || !arg.type().isEnum()) {
                    continue;
                }
                List<String> expected = new ArrayList<>();
                for (Object constant : arg.type().getEnumConstants()) {
                    expected.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
                }
                String[] line = arg instanceof OptionSpec option ? words(command, option.longestName(), "")
                        : words(command, "");
                assertEquals(expected, sandbox.bash(line), String.join(" ", line));
                checked++;
            }
        }
        assertTrue(checked >= 3, "no enum values found: " + checked);
    }

    /** The root, then each subcommand. */
    private List<CommandSpec> commands() {
        List<CommandSpec> commands = new ArrayList<>(List.of(model.getCommandSpec()));
        for (CommandLine sub : model.getSubcommands().values()) {
            commands.add(sub.getCommandSpec());
        }
        return commands;
    }

    /** The words of the command line that reaches {@code command}, then {@code rest}. */
    private String[] words(CommandSpec command, String... rest) {
        List<String> words = new ArrayList<>(List.of("awsmfa"));
        if (command.parent() != null) {
            words.add(command.name());
        }
        words.addAll(List.of(rest));
        return words.toArray(String[]::new);
    }
}
