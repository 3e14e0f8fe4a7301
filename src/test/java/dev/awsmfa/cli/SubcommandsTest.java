package dev.awsmfa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubcommandsTest {
    @Test
    void the_documented_tree_and_the_runtime_registry_name_the_same_commands() {
        CommandLine documented = new CommandLine(DocumentedCommand.class, new DocumentationFactory());
        assertEquals(List.copyOf(Subcommands.ALL.keySet()), List.copyOf(documented.getSubcommands().keySet()));
        documented.getSubcommands().forEach((name, command) ->
                assertEquals(Subcommands.ALL.get(name), command.getCommandSpec().userObject().getClass()));
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
            assertEquals(Set.copyOf(Subcommands.ALL.keySet()), Set.copyOf(Subcommands.neededFor(new String[] {arg})));
        }
    }
}
