package dev.awsmfa.cli;

import dev.awsmfa.Env;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command's {@code --help}, the whole page as one picocli help section: wrapped to the terminal's width at
 * spaces only, usage without aliases, then the command's {@link HelpSection}s, as the man page has them.
 */
final class HelpPage implements IHelpSectionRenderer {
    static final String KEY = "awsmfa.page";
    /** Where option descriptions start; a longer term gets a line of its own. */
    private static final int TEXT_COLUMN = 28;
    private static final int INDENT = 2;
    /** Help is read in a terminal, and few are narrower; COLUMNS below this is taken for this. */
    static final int MIN_WIDTH = 60;
    static final int DEFAULT_WIDTH = 80;

    private final Command command;

    HelpPage(Command command) {
        this.command = command;
    }

    @Override
    public String render(Help help) {
        return render(help.commandSpec(), width(command.services().env(), help.commandSpec()));
    }

    /**
     * COLUMNS when set (a shell sets it, scripts export it), else the terminal's when stdout is one (picocli asks
     * {@code tput}/{@code stty}), else {@value #DEFAULT_WIDTH}.
     */
    static int width(Env env, CommandSpec spec) {
        String columns = env.get("COLUMNS").orElse("");
        if (!columns.isEmpty() && columns.length() < 5 && columns.chars().allMatch(Character::isDigit)) {
            return Math.max(MIN_WIDTH, Integer.parseInt(columns));
        }
        if (System.console() == null) {
            return DEFAULT_WIDTH;
        }
        spec.usageMessage().autoWidth(true).width(DEFAULT_WIDTH);
        return Math.max(MIN_WIDTH, spec.usageMessage().width());
    }

    String render(CommandSpec spec, int width) {
        StringBuilder page = new StringBuilder();
        page.append(TextWrap.indented(command.header(), 0, width)).append('\n');
        page.append(usage(spec, width)).append('\n');
        page.append(TextWrap.indented(command.description(), 0, width));
        Map<String, CommandLine> subcommands = spec.subcommands();
        if (!subcommands.isEmpty()) {
            page.append("\nCommands:\n");
            int column = INDENT + longest(subcommands.keySet()) + 2;
            for (Map.Entry<String, CommandLine> entry : subcommands.entrySet()) {
                Command sub = (Command) entry.getValue().getCommandSpec().userObject();
                page.append(definition(entry.getKey(), sub.header(), column, width));
            }
        }
        page.append("\nOptions:\n");
        for (PositionalParamSpec positional : spec.positionalParameters()) {
            page.append(definition(positionalLabel(positional), description(positional), TEXT_COLUMN, width));
        }
        for (OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                page.append(definition(optionTerm(option), description(option), TEXT_COLUMN, width));
            }
        }
        for (HelpSection section : command.sections()) {
            page.append('\n').append(section.title()).append(":\n");
            if (!section.intro().isEmpty()) {
                page.append(TextWrap.indented(section.intro(), INDENT, width));
            }
            int column = termColumn(section.entries());
            for (HelpEntry entry : section.entries()) {
                page.append(section.literal() ? example(entry, width)
                        : definition(entry.term(), entry.text(), column, width));
            }
        }
        return page.toString();
    }

    /** {@code Usage: awsmfa status [OPTIONS]}; the root also shows where a command goes. */
    static String usage(CommandSpec spec, int width) {
        String synopsis = synopsis(spec);
        if (!spec.subcommands().isEmpty()) {
            return "Usage: " + synopsis + "\n       " + spec.qualifiedName() + " COMMAND [OPTIONS]\n";
        }
        return TextWrap.indented("Usage: " + synopsis, 0, width);
    }

    /** The command, {@code [OPTIONS]}, its positional parameters: no option by name, so no alias either. */
    static String synopsis(CommandSpec spec) {
        StringBuilder synopsis = new StringBuilder(spec.qualifiedName()).append(" [OPTIONS]");
        for (PositionalParamSpec positional : spec.positionalParameters()) {
            String label = positionalLabel(positional);
            if (positional.arity().max() > 1) {
                synopsis.append(" [--]");
            }
            synopsis.append(' ').append(positional.arity().min() > 0 ? label : "[" + label + "]");
        }
        return synopsis.toString();
    }

    static String positionalLabel(PositionalParamSpec positional) {
        return positional.paramLabel() + (positional.arity().max() > 1 ? "..." : "");
    }

    /** Every name, the first (the one messages use) first; then {@code =LABEL} for an option with a value. */
    static String optionTerm(OptionSpec option) {
        String names = String.join(", ", option.names());
        return option.arity().max() > 0 ? names + "=" + option.paramLabel() : names;
    }

    /** picocli's variables (${DEFAULT-VALUE}, ${COMPLETION-CANDIDATES}) filled in. */
    static String description(ArgSpec arg) {
        return String.join(" ", arg.renderedDescription());
    }

    private static String definition(String term, String text, int column, int width) {
        String lead = " ".repeat(INDENT) + term;
        if (lead.length() + 2 > column) {
            return lead + "\n" + TextWrap.indented(text, column, width);
        }
        String body = TextWrap.indented(text, column, width);
        return body.isEmpty() ? lead + "\n" : lead + body.substring(lead.length());
    }

    /** The command line as typed, never wrapped; what it does below it. */
    private static String example(HelpEntry entry, int width) {
        return " ".repeat(INDENT) + entry.term() + "\n" + TextWrap.indented(entry.text(), INDENT + 4, width);
    }

    /** Just right of the longest term, unless that is past the options' column. */
    private static int termColumn(List<HelpEntry> entries) {
        int longest = 0;
        for (HelpEntry entry : entries) {
            longest = Math.max(longest, entry.term().length());
        }
        return Math.min(TEXT_COLUMN, INDENT + longest + 2);
    }

    private static int longest(Iterable<String> names) {
        int longest = 0;
        for (String name : names) {
            longest = Math.max(longest, name.length());
        }
        return longest;
    }

    /** Registers this page as the whole of {@code spec}'s help. */
    static void install(CommandSpec spec, Command command) {
        spec.usageMessage().sectionKeys(List.of(KEY)).sectionMap(Map.of(KEY, new HelpPage(command)));
    }
}
