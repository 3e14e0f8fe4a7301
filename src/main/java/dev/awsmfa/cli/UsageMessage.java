package dev.awsmfa.cli;

import dev.awsmfa.Services;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's message for a command line it refuses, with its "did you mean" for a mistyped command or option, and
 * a plain word for an option that belongs to another command ({@code status --token}).
 */
final class UsageMessage {
    /** More would be a list to read, not a suggestion. */
    private static final int MAX_SUGGESTIONS = 3;

    private UsageMessage() {
    }

    static String of(ParameterException exception, Services services) {
        if (exception instanceof OverwrittenOptionException overwritten
                && overwritten.getOverwritten() instanceof OptionSpec option
                && option.longestName().equals("--profile")) {
            return overwritten.getCommandLine().getCommandSpec().qualifiedName() + " takes one profile: give --profile "
                    + "once (awsmfa --profile a --profile b refreshes several).";
        }
        if (!(exception instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return exception.getMessage();
        }
        CommandSpec spec = exception.getCommandLine().getCommandSpec();
        String word = unmatched.getUnmatched().get(0);
        String name = word.startsWith("--") && word.indexOf('=') > 0 ? word.substring(0, word.indexOf('=')) : word;
        if (unmatched.isUnknownOption() && spec.parent() != null && spec.root().findOption(name) != null) {
            return "'" + name + "' is not an option of " + spec.qualifiedName() + ": only " + takers(name, services)
                    + ".";
        }
        String message = unmatched.isUnknownOption() ? "Unknown option: '" + name + "'"
                : spec.subcommands().isEmpty() ? "Unexpected argument: '" + word + "'"
                : "Unknown command: '" + word + "'";
        List<String> suggestions = unmatched.getSuggestions();
        if (suggestions.isEmpty()) {
            return message + ".";
        }
        List<String> shown = suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size()));
        return message + "; did you mean " + String.join(" or ", shown) + "?";
    }

    /** Who takes the option, from the commands' own option lists: "awsmfa takes it", or the commands that do too. */
    private static String takers(String option, Services services) {
        Set<String> commands = new TreeSet<>();
        for (String name : Subcommands.ALL) {
            for (OptionDef<?> own : Subcommands.command(name, services).options()) {
                if (own.isNamed(option)) {
                    commands.add(name);
                }
            }
        }
        if (commands.isEmpty()) {
            return "awsmfa takes it";
        }
        List<String> names = new ArrayList<>(commands);
        String last = names.remove(names.size() - 1);
        return "awsmfa and its command" + (names.isEmpty() ? " " + last
                : "s " + String.join(", ", names) + " and " + last) + " take it";
    }
}
