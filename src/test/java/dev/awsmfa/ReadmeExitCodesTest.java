package dev.awsmfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** README's "Exit codes" table says what {@link ExitCode} says, code for code and word for word. */
class ReadmeExitCodesTest {
    @Test
    void the_readme_table_is_exit_code_for_exit_code_the_enum() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Exit codes\n");
        assertTrue(start >= 0, "README has no '## Exit codes' section");
        int end = readme.indexOf("\n## ", start + 1);
        List<String> rows = new ArrayList<>();
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            if (line.startsWith("| ") && Character.isDigit(line.charAt(2))) {
                // Markdown's code spans are the only markup the table may add.
                rows.add(line.replace("`", ""));
            }
        }
        List<String> expected = new ArrayList<>();
        for (ExitCode code : ExitCode.values()) {
            expected.add("| " + code.code() + " | " + code.meaning() + " |");
        }
        assertEquals(String.join("\n", expected), String.join("\n", rows));
    }

    @Test
    void the_rule_for_several_profiles_is_the_one_help_states() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("\n" + dev.awsmfa.session.ProfileOutcome.EXIT_RULE + "\n"),
                "README states the exit rule of several profiles as ProfileOutcome.EXIT_RULE does");
    }
}
