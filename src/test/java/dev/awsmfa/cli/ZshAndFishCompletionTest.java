package dev.awsmfa.cli;

import static dev.awsmfa.cli.CompletionSandbox.COMMAND_ON_PATH;
import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * zsh and fish complete awsmfa with their scripts, without Java (see {@link CompletionSandbox}): zsh in a real
 * interactive shell after compinit, fish through {@code complete -C}. Each is skipped where the shell is absent
 * (.ci/run installs both).
 */
class ZshAndFishCompletionTest {
    static final String CREDENTIALS = longTermSection("dev") + longTermSection("two words") + longTermSection("star*");
    static final String CONFIG = "[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/admin\n";
    static final List<String> PROFILES = List.of("dev", "two words", "star*", "admin");

    @TempDir
    Path dir;
    CompletionSandbox sandbox;

    @BeforeEach
    void setUp() throws IOException {
        sandbox = new CompletionSandbox(dir);
        sandbox.aws.credentials(CREDENTIALS).config(CONFIG);
    }

    @Nested
    class Zsh {
        @BeforeEach
        void needsZsh() {
            assumeTrue(CompletionSandbox.onSystemPath("zsh").isPresent(), "zsh is not installed (.ci/run installs it)");
        }

        @Test
        void completes_commands_options_choices_profiles_and_the_command_exec_runs() throws IOException {
            List<List<String>> matches = sandbox.zsh(false, "awsmfa li", "awsmfa status --q", "awsmfa export --format ",
                    "awsmfa --log-level D", "awsmfa --profile ", "awsmfa status --profile=tw", "awsmfa exec -- terraform-l",
                    "awsmfa exec --profile dev -- terraform-l", "awsmfa list --pro", "awsmfa --al");
            assertEquals(List.of("list"), matches.get(0));
            assertEquals(List.of("--quiet"), matches.get(1));
            assertEquals(List.of("sh", "fish", "powershell", "cmd", "dotenv", "docker", "json"), matches.get(2));
            assertEquals(List.of("debug"), matches.get(3));
            assertEquals(PROFILES, matches.get(4));
            assertEquals(List.of("two words"), matches.get(5));
            assertTrue(matches.get(6).contains(COMMAND_ON_PATH), matches.get(6)::toString);
            assertTrue(matches.get(7).contains(COMMAND_ON_PATH), matches.get(7)::toString);
            assertEquals(List.of(), matches.get(8), "list has no --profile");
            assertEquals(List.of("--all"), matches.get(9));
        }

        @Test
        void works_autoloaded_from_fpath_as_well() throws IOException {
            List<List<String>> matches = sandbox.zsh(true, "awsmfa cre", "awsmfa --profile st");
            assertEquals(List.of(List.of("credential-process"), List.of("star*")), matches);
        }
    }

    @Nested
    class Fish {
        @BeforeEach
        void needsFish() {
            assumeTrue(CompletionSandbox.onSystemPath("fish").isPresent(), "fish is not installed (.ci/run installs it)");
        }

        @Test
        void completes_commands_options_and_lower_case_choices() throws IOException {
            assertEquals(List.of("list"), sandbox.fish("awsmfa li"));
            assertEquals(List.of("--quiet"), sandbox.fish("awsmfa status --q"));
            assertEquals(List.of("cmd", "docker", "dotenv", "fish", "json", "powershell", "sh"), sandbox.fish("awsmfa export --format "));
            assertEquals(List.of("debug"), sandbox.fish("awsmfa --log-level D"));
            assertEquals(List.of("zenity"), sandbox.fish("awsmfa exec --prompt z"));
            assertEquals(List.of("--output=json"), sandbox.fish("awsmfa list --output=j"));
            assertEquals(List.of("--all"), sandbox.fish("awsmfa --al"));
            assertFalse(sandbox.fish("awsmfa export --al").contains("--all"), "export refreshes one profile");
            assertEquals(List.of(), sandbox.fish("awsmfa list --pro"), "list has no --profile");
        }

        @Test
        void completes_profiles_whole_and_the_command_exec_runs() throws IOException {
            assertEquals(PROFILES.stream().sorted().toList(), sandbox.fish("awsmfa --profile "));
            assertEquals(List.of("two words"), sandbox.fish("awsmfa status --profile tw"));
            assertEquals(List.of(COMMAND_ON_PATH), sandbox.fish("awsmfa exec -- terraform-l"));
            assertEquals(List.of(COMMAND_ON_PATH), sandbox.fish("awsmfa exec --profile dev -- terraform-l"));
        }
    }
}
