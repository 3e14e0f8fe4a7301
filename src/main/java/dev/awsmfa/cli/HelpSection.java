package dev.awsmfa.cli;

import dev.awsmfa.ExitCode;
import java.util.ArrayList;
import java.util.List;

/**
 * A titled part of a command's help and man page after its options (exit status, environment, files, examples,
 * profile kinds): one source for both, so they cannot word a thing differently. {@code literal} terms are command
 * lines, shown whole and never wrapped; {@code intro} (may be empty) comes before the entries.
 */
record HelpSection(String title, String intro, List<HelpEntry> entries, boolean literal) {
    static final String EXIT_STATUS = "Exit status";

    static HelpSection definitions(String title, HelpEntry... entries) {
        return new HelpSection(title, "", List.of(entries), false);
    }

    static HelpSection examples(HelpEntry... entries) {
        return new HelpSection("Examples", "", List.of(entries), true);
    }

    /** The codes a command ends with, each worded as {@link ExitCode#meaning()} says. */
    static HelpSection exitStatus(String intro, List<ExitCode> codes) {
        List<HelpEntry> entries = new ArrayList<>(codes.size());
        for (ExitCode code : codes) {
            entries.add(new HelpEntry(Integer.toString(code.code()), code.meaning()));
        }
        return new HelpSection(EXIT_STATUS, intro, List.copyOf(entries), false);
    }

    /** The codes of a run that may refresh: every one but those of {@code status}, and {@code console}'s and {@code rotate}'s own. */
    static List<ExitCode> refreshCodes() {
        List<ExitCode> codes = new ArrayList<>();
        for (ExitCode code : ExitCode.values()) {
            if (code.code() < ExitCode.SESSION_EXPIRING.code() && code != ExitCode.NO_BROWSER
                    && code != ExitCode.ROTATION_BLOCKED) {
                codes.add(code);
            }
        }
        return codes;
    }
}
