package dev.awsmfa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.awsmfa.Services;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubcommandsTest {
    @Test
    void every_registered_name_builds_the_model_of_that_name_in_the_full_tree() {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        CommandLine root = Cli.create(Services.system(), sink, sink);
        assertEquals(Subcommands.ALL, List.copyOf(root.getSubcommands().keySet()));
        root.getSubcommands().forEach((name, command) ->
                assertEquals(name, command.getCommandSpec().name()));
        assertThrows(IllegalArgumentException.class, () -> Subcommands.command("nope", Services.system()));
    }

    @Test
    void a_run_registers_only_the_subcommands_it_names() {
        assertEquals(List.of(), List.copyOf(Subcommands.neededFor(new String[] {"--profile", "dev", "--force"})));
        assertEquals(List.of("list"), List.copyOf(Subcommands.neededFor(new String[] {"list", "--output", "json"})));
        assertEquals(List.of("exec"), List.copyOf(Subcommands.neededFor(new String[] {"exec", "--", "status", "list"})));
    }

    @Test
    void help_and_completion_see_every_command() {
        for (String arg : new String[] {"--help", "-h", "help", "completion"}) {
            assertEquals(Set.copyOf(Subcommands.ALL), Set.copyOf(Subcommands.neededFor(new String[] {arg})));
        }
    }
}
