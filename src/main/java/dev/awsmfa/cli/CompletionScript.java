package dev.awsmfa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The completion script of a shell: a hand-written template (a resource beside this class) with the command
 * model's tables, the functions bash and zsh share ({@code shared.sh}) and the profile reader
 * ({@code profiles.awk}) put in, so that a Tab never starts Java and the
 * tables cannot drift from the commands that run. A command's table is a list of words:
 * {@code +NAME} a subcommand, {@code --flag}, {@code --option=} with free text, {@code --option=a|b} with
 * choices, {@code --option=@profile} with profile names, {@code --option=@suffix} the long-term suffix, and
 * {@code :=} a positional parameter, with the same value forms ({@code :=@command} a command line).
 */
final class CompletionScript {
    /** The candidate markers options carry in the model, read here as value forms. */
    static final String PROFILES = "__awsmfa_profiles__";
    static final String LONG_TERM_SUFFIX = "__awsmfa_long_term_suffix__";
    static final String COMMAND = "__awsmfa_command__";

    private static final String TABLES = "#@TABLES@\n";
    private static final String SHARED = "#@SHARED@\n";
    private static final String PROFILES_AWK = "@PROFILES_AWK@\n";
    private static final String SAFE_WORD = "[A-Za-z0-9@|=:+_.-]+";

    private CompletionScript() {
    }

    /** {@code awsmfa.bash}, {@code awsmfa.zsh}, {@code awsmfa.fish}: the template's name and the archive's. */
    static String fileName(CompletionCommand.Shell shell) {
        return "awsmfa." + shell.name().toLowerCase(Locale.ROOT);
    }

    static String render(CompletionCommand.Shell shell, CommandLine root) {
        String template = resource(fileName(shell));
        String awk = resource("profiles.awk");
        if (awk.indexOf('\'') >= 0) {
            throw new IllegalStateException("profiles.awk must hold no ' to be embedded in single quotes");
        }
        if (shell == CompletionCommand.Shell.FISH) {
            // fish reads \\ in single quotes as one backslash.
            awk = awk.replace("\\", "\\\\");
        }
        String script = replaceOnce(template, TABLES, tables(shell, root));
        if (shell != CompletionCommand.Shell.FISH) {
            script = replaceOnce(script, SHARED, resource("shared.sh"));
        }
        return replaceOnce(script, PROFILES_AWK, awk);
    }

    /** Each command's table, the root's first, named {@code awsmfa}. */
    static List<List<String>> commands(CommandLine root) {
        List<List<String>> commands = new ArrayList<>();
        commands.add(table(root.getCommandSpec(), "awsmfa"));
        for (CommandLine sub : root.getSubcommands().values()) {
            commands.add(table(sub.getCommandSpec(), sub.getCommandName()));
        }
        return commands;
    }

    /** The first word is the command's name, the rest its table. */
    private static List<String> table(CommandSpec spec, String name) {
        List<String> words = new ArrayList<>();
        words.add(name);
        for (CommandLine sub : spec.subcommands().values()) {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                words.add("+" + sub.getCommandName());
            }
        }
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            String value = option.arity().max() > 0 ? "=" + valueForm(option) : "";
            for (String optionName : option.names()) {
                words.add(optionName + value);
            }
        }
        for (PositionalParamSpec positional : spec.positionalParameters()) {
            if (!positional.hidden()) {
                words.add(":=" + valueForm(positional));
            }
        }
        for (String word : words) {
            if (!word.matches(SAFE_WORD)) {
                throw new IllegalStateException("cannot put '" + word + "' in a completion table");
            }
        }
        return words;
    }

    private static String valueForm(ArgSpec arg) {
        List<String> candidates = new ArrayList<>();
        if (arg.completionCandidates() != null) {
            for (String candidate : arg.completionCandidates()) {
                candidates.add(candidate);
            }
        }
        if (candidates.equals(List.of(PROFILES))) {
            return "@profile";
        }
        if (candidates.equals(List.of(LONG_TERM_SUFFIX))) {
            return "@suffix";
        }
        if (candidates.equals(List.of(COMMAND))) {
            return "@command";
        }
        // Enum constants: picocli matches them ignoring case; typed in lower case, as in --help's examples.
        return String.join("|", candidates).toLowerCase(Locale.ROOT);
    }

    private static String tables(CompletionCommand.Shell shell, CommandLine root) {
        StringBuilder text = new StringBuilder();
        boolean fish = shell == CompletionCommand.Shell.FISH;
        text.append("# Generated from awsmfa's command model: each command's subcommands, options and positional\n")
                .append("# parameters (see dev.awsmfa.cli.CompletionScript for the word forms).\n");
        text.append(fish ? "function __awsmfa_words_of\n    switch $argv[1]\n" : "__awsmfa_words_of() {\n    case $1 in\n");
        for (List<String> command : commands(root)) {
            if (fish) {
                text.append("        case ").append(command.get(0)).append("\n            printf '%s\\n'");
                appendWrapped(text, command.subList(1, command.size()), " \\\n                ");
                text.append('\n');
            } else {
                text.append("        ").append(command.get(0)).append(") __awsmfa_words=(");
                appendWrapped(text, command.subList(1, command.size()), "\n            ");
                text.append(") ;;\n");
            }
        }
        text.append(fish ? "    end\nend\n" : "        *) __awsmfa_words=() ;;\n    esac\n}\n");
        return text.toString();
    }

    /** Each word single-quoted, after a space unless first in a list, lines broken with {@code newline} before 100 columns. */
    private static void appendWrapped(StringBuilder text, List<String> words, String newline) {
        int column = text.length() - text.lastIndexOf("\n");
        for (String word : words) {
            if (column + word.length() + 3 > 100) {
                text.append(newline);
                column = newline.length() - newline.lastIndexOf('\n');
            } else if (text.charAt(text.length() - 1) != '(') {
                text.append(' ');
            }
            text.append('\'').append(word).append('\'');
            column += word.length() + 3;
        }
    }

    private static String replaceOnce(String text, String placeholder, String value) {
        int at = text.indexOf(placeholder);
        if (at < 0 || text.indexOf(placeholder, at + 1) >= 0) {
            throw new IllegalStateException("the template needs " + placeholder.trim() + " exactly once");
        }
        return text.substring(0, at) + value + text.substring(at + placeholder.length());
    }

    private static String resource(String name) {
        try (InputStream in = CompletionScript.class.getResourceAsStream("completion/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource completion/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
