package dev.awsmfa.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The AsciiDoc of one command's man page, {@code awsmfa(1)} or {@code awsmfa-COMMAND(1)} as git names its pages,
 * from the model {@code --help} prints: NAME, SYNOPSIS, DESCRIPTION, COMMANDS, OPTIONS, then the command's
 * {@link HelpSection}s (ENVIRONMENT, FILES, EXIT STATUS, EXAMPLES...), SEE ALSO. Asciidoctor renders it to roff at
 * build time. Examples are literal blocks: the formatter never wraps or hyphenates a command line.
 */
final class ManPage {
    /** The centre of the page's header line, as for any section 1 page. */
    static final String MANUAL = "User Commands";

    private ManPage() {
    }

    /** The page's file name without extension: {@code awsmfa-list}. */
    static String name(CommandSpec spec) {
        return spec.qualifiedName("-");
    }

    static String of(CommandSpec spec, String version) {
        Command command = (Command) spec.userObject();
        StringBuilder page = new StringBuilder();
        page.append("= ").append(name(spec)).append("(1)\n")
                .append(":doctype: manpage\n")
                .append(":manmanual: ").append(MANUAL).append('\n')
                .append(":mansource: awsmfa ").append(version).append("\n\n");
        page.append("== NAME\n\n").append(name(spec)).append(" - ").append(command.header()).append("\n\n");
        page.append("== SYNOPSIS\n\n").append(synopsis(spec)).append("\n\n");
        page.append("== DESCRIPTION\n\n").append(command.description()).append("\n\n");
        Map<String, CommandLine> subcommands = spec.subcommands();
        if (!subcommands.isEmpty()) {
            page.append("== COMMANDS\n\n");
            for (Map.Entry<String, CommandLine> entry : subcommands.entrySet()) {
                Command sub = (Command) entry.getValue().getCommandSpec().userObject();
                page.append(definition("*" + entry.getKey() + "*", sub.header() + " See *"
                        + name(entry.getValue().getCommandSpec()) + "*(1)."));
            }
        }
        page.append("== OPTIONS\n\n");
        for (PositionalParamSpec positional : spec.positionalParameters()) {
            page.append(definition("_" + HelpPage.positionalLabel(positional) + "_", HelpPage.description(positional)));
        }
        for (OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                page.append(definition(optionTerm(option), HelpPage.description(option)));
            }
        }
        for (HelpSection section : command.sections()) {
            page.append(section(section));
        }
        page.append("== SEE ALSO\n\n").append(seeAlso(spec)).append('\n');
        return page.toString();
    }

    private static String synopsis(CommandSpec spec) {
        String synopsis = HelpPage.synopsis(spec);
        String usage = "*" + spec.qualifiedName() + "*" + synopsis.substring(spec.qualifiedName().length());
        if (!spec.subcommands().isEmpty()) {
            usage += " +\n*" + spec.qualifiedName() + "* _COMMAND_ [OPTIONS]";
        }
        return usage;
    }

    /** {@code *--long-term-suffix*, *--long-suffix*=_SUFFIX_}: every name bold, the value's label italic. */
    private static String optionTerm(OptionSpec option) {
        StringBuilder term = new StringBuilder();
        for (String name : option.names()) {
            term.append(term.length() == 0 ? "" : ", ").append('*').append(name).append('*');
        }
        if (option.arity().max() > 0) {
            term.append("=_").append(option.paramLabel()).append('_');
        }
        return term.toString();
    }

    private static String section(HelpSection section) {
        StringBuilder text = new StringBuilder("== ").append(section.title().toUpperCase(java.util.Locale.ROOT))
                .append("\n\n");
        if (!section.intro().isEmpty()) {
            text.append(section.intro()).append("\n\n");
        }
        for (HelpEntry entry : section.entries()) {
            if (section.literal()) {
                text.append("....\n").append(entry.term()).append("\n....\n\n").append(entry.text()).append("\n\n");
            } else {
                text.append(definition("*" + entry.term() + "*", entry.text()));
            }
        }
        return text.toString();
    }

    private static String definition(String term, String text) {
        return term + "::\n  " + text + "\n\n";
    }

    /** The root and every other command's page. */
    private static String seeAlso(CommandSpec spec) {
        CommandSpec root = spec.root();
        StringBuilder pages = new StringBuilder();
        List<CommandSpec> all = new java.util.ArrayList<>();
        all.add(root);
        for (CommandLine sub : root.subcommands().values()) {
            all.add(sub.getCommandSpec());
        }
        for (CommandSpec page : all) {
            if (page != spec && !page.usageMessage().hidden()) {
                pages.append(pages.length() == 0 ? "" : ", ").append('*').append(name(page)).append("*(1)");
            }
        }
        return pages.append("; 'aws help config-vars' for the settings of both AWS files.").toString();
    }
}
