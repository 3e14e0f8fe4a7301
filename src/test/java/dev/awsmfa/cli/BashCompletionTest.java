package dev.awsmfa.cli;

import static dev.awsmfa.cli.CompletionSandbox.COMMAND_ON_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * bash completes awsmfa from the script alone: java is not on PATH, JAVA_HOME is unset, and an awsmfa stand-in
 * fails the test if it is run. The function is driven as bash drives it: COMP_WORDS, COMP_CWORD, COMPREPLY.
 */
class BashCompletionTest extends BashSandboxTest {

    @BeforeEach
    void setUp() throws IOException {
        sandbox.aws.credentials(dev.awsmfa.testing.AwsHome.longTermSection("dev"));
    }

    @Test
    void the_sandbox_has_no_java() throws IOException {
        assertEquals(List.of("no java", "no JAVA_HOME"), sandbox.bashProgram(
                "type java >/dev/null 2>&1 || echo 'no java'; [[ -z ${JAVA_HOME+set} ]] && echo 'no JAVA_HOME'"));
    }

    @Test
    void completes_subcommands() throws IOException {
        assertEquals(List.of("list"), sandbox.bash("awsmfa", "li"));
        assertEquals(List.of("credential-process", "console", "clear", "completion"), sandbox.bash("awsmfa", "c"));
    }

    @Test
    void completes_a_subcommand_after_options_of_the_root() throws IOException {
        assertEquals(List.of("status"), sandbox.bash("awsmfa", "--profile", "dev", "st"));
    }

    @Test
    void completes_the_options_of_the_command_being_typed() throws IOException {
        assertEquals(List.of("--quiet"), sandbox.bash("awsmfa", "status", "--q"));
        assertEquals(List.of("--no-refresh"), sandbox.bash("awsmfa", "export", "--no-r"));
        assertEquals(List.of("--setup"), sandbox.bash("awsmfa", "--se"));
        assertEquals(List.of(), sandbox.bash("awsmfa", "list", "--pro"), "list has no --profile");
    }

    @Test
    void completes_all_and_a_second_profile_for_the_refresh_only() throws IOException {
        assertEquals(List.of("--all"), sandbox.bash("awsmfa", "--al"));
        assertEquals(List.of(), sandbox.bash("awsmfa", "export", "--al"), "export refreshes one profile");
        assertEquals(List.of("--profile"), sandbox.bash("awsmfa", "--profile", "dev", "--profi"));
        assertEquals(List.of("dev"), sandbox.bash("awsmfa", "--profile", "dev", "--profile", "d"));
    }

    @Test
    void completes_choices_in_lower_case_or_in_the_case_being_typed() throws IOException {
        assertEquals(List.of("sh", "fish", "powershell", "cmd", "dotenv", "docker", "json"),
                sandbox.bash("awsmfa", "export", "--format", ""));
        assertEquals(List.of("json"), sandbox.bash("awsmfa", "status", "--output", "j"));
        assertEquals(List.of("debug"), sandbox.bash("awsmfa", "--log-level", "d"));
        assertEquals(List.of("DEBUG"), sandbox.bash("awsmfa", "--log-level", "D"));
        assertEquals(List.of("bash", "zsh", "fish"), sandbox.bash("awsmfa", "completion", ""));
        assertEquals(List.of("auto", "terminal", "osascript", "zenity", "kdialog", "powershell", "none"),
                sandbox.bash("awsmfa", "credential-process", "--prompt", ""));
        assertEquals(List.of("kdialog"), sandbox.bash("awsmfa", "--prompt", "k"));
    }

    @Test
    void completes_a_value_joined_by_an_equals_sign_however_bash_split_the_line() throws IOException {
        // With '=' in COMP_WORDBREAKS (bash's default) readline replaces the text after '=' only.
        assertEquals(List.of("json"), sandbox.bash("awsmfa", "list", "--output", "=", "j"));
        assertEquals(List.of("text", "json"), sandbox.bash("awsmfa", "list", "--output", "="));
        assertEquals(List.of("--output=json"), sandbox.bash("awsmfa", "list", "--output=j"));
    }

    @Test
    void offers_nothing_for_a_free_text_value() throws IOException {
        assertEquals(List.of(), sandbox.bash("awsmfa", "--device", ""));
        assertEquals(List.of(), sandbox.bash("awsmfa", "--token", "1"));
    }

    @Test
    void completes_the_command_exec_runs() throws IOException {
        assertEquals(List.of(COMMAND_ON_PATH), sandbox.bash("awsmfa", "exec", "--", "terraform-l"));
        assertEquals(List.of(COMMAND_ON_PATH), sandbox.bash("awsmfa", "exec", "--profile", "dev", "--", "terraform-l"));
        assertEquals(List.of(COMMAND_ON_PATH), sandbox.bash("awsmfa", "exec", "terraform-l"));
        // The command's own arguments are not awsmfa's: not its options, nor its subcommands.
        assertEquals(List.of(), sandbox.bash("awsmfa", "exec", "--", COMMAND_ON_PATH, "--pro"));
        assertEquals(List.of(), sandbox.bash("awsmfa", "exec", "--", COMMAND_ON_PATH, "li"));
    }
}
