package dev.awsmfa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import dev.awsmfa.session.ProfileKind;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The AsciiDoc of the man pages: a conventional page per command, from the model --help prints. */
class ManPageTest {
    private static final CommandLine ROOT = Cli.create(Services.system(), new PrintWriter(Writer.nullWriter()),
            new PrintWriter(Writer.nullWriter()));

    private static String page(String command) {
        CommandSpec spec = command.isEmpty() ? ROOT.getCommandSpec()
                : ROOT.getSubcommands().get(command).getCommandSpec();
        return ManPage.of(spec, "9.9.9");
    }

    /** The level-2 headings in order. */
    private static List<String> headings(String adoc) {
        List<String> headings = new ArrayList<>();
        for (String line : adoc.split("\n")) {
            if (line.startsWith("== ")) {
                headings.add(line.substring(3));
            }
        }
        return headings;
    }

    @Test
    void the_main_page_has_the_conventional_sections_in_order() {
        String page = page("");
        assertTrue(page.startsWith("= awsmfa(1)\n:doctype: manpage\n:manmanual: User Commands\n"
                + ":mansource: awsmfa 9.9.9\n"), page);
        assertEquals(List.of("NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "ENVIRONMENT", "FILES",
                "EXIT STATUS", "EXAMPLES", "SEE ALSO"), headings(page));
    }

    @Test
    void every_command_has_a_page_of_its_own_named_as_git_names_them() {
        for (String command : Subcommands.ALL) {
            String page = page(command);
            assertTrue(page.startsWith("= awsmfa-" + command + "(1)\n"), page);
            assertTrue(page.contains("\n== NAME\n\nawsmfa-" + command + " - "), page);
            List<String> headings = headings(page);
            assertEquals(List.of("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS"), headings.subList(0, 4), command);
            assertEquals("SEE ALSO", headings.get(headings.size() - 1), command);
            assertTrue(headings.contains("EXIT STATUS") && headings.contains("EXAMPLES"), command);
            assertTrue(page.contains("*awsmfa*(1)"), command + " does not point at awsmfa(1)");
            assertTrue(page("").contains("*awsmfa-" + command + "*(1)"), "awsmfa(1) does not point at "
                    + command);
        }
    }

    @Test
    void no_heading_has_a_colon() {
        for (String command : Subcommands.ALL) {
            for (String heading : headings(page(command))) {
                assertFalse(heading.contains(":"), heading);
            }
        }
    }

    @Test
    void list_explains_every_kind() {
        String page = page("list");
        assertTrue(headings(page).contains("PROFILE KINDS"), page);
        for (ProfileKind kind : ProfileKind.values()) {
            assertTrue(page.contains("*" + kind.label() + "*::\n  " + kind.meaning() + "\n"), kind.label());
        }
    }

    @Test
    void examples_are_literal_blocks_so_no_formatter_wraps_them() {
        String page = page("");
        assertTrue(page.contains("....\nawsmfa --profile ops --assume-role arn:aws:iam::123456789012:role/ops\n"
                + "....\n"), page);
    }

    @Test
    void exit_codes_are_worded_as_exit_code_says() {
        String page = page("");
        for (ExitCode code : ExitCode.values()) {
            assertTrue(page.contains("*" + code.code() + "*::\n  " + code.meaning() + "\n"), code.name());
        }
    }

    @Test
    void the_synopsis_names_no_option_so_no_alias() {
        assertTrue(page("").contains("== SYNOPSIS\n\n*awsmfa* [OPTIONS] +\n*awsmfa* _COMMAND_ [OPTIONS]\n"));
        assertTrue(page("exec").contains("== SYNOPSIS\n\n*awsmfa exec* [OPTIONS] [--] [COMMAND...]\n"));
    }
}
