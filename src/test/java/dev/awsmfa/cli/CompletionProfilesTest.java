package dev.awsmfa.cli;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.OS;

/**
 * What {@code --profile <TAB>} offers: the profiles awsmfa can act on, read from the files' section headers by
 * the script itself. Names with a space or a glob character reach the command line as one word, unexpanded.
 */
class CompletionProfilesTest extends BashSandboxTest {
    static final String SESSION = "aws_access_key_id = ASIAIOSFODNN7EXAMPLE\naws_secret_access_key = secretEXAMPLE\n"
            + "aws_session_token = tokenEXAMPLE\nexpiration = 2026-11-29 05:49:28\n";
    /** In file order: credentials first, then config; each once. */
    static final List<String> ACTIONABLE = List.of("dev", "ci", "two words", "star*", "orphan", "default",
            "admin", "quoted name");

    @BeforeEach
    void setUp() throws IOException {
        sandbox.aws.credentials("# team account\n" + longTermSection("dev") + "\n[dev]\n" + SESSION
                + "\n" + longTermSection("ci") // keys, no session yet
                + longTermSection("two words") + longTermSection("star*")
                + "[static]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = secretEXAMPLE\n"
                + "[orphan]\r\n" + SESSION // a session whose keys are elsewhere: status and clear act on it
                + "[default-long-term]\n  # indented comment\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n");
        sandbox.aws.config("[default]\nregion = eu-west-1\n"
                + "[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/admin\nsource_profile = dev\n"
                + "[profile \"quoted name\"]\nmfa_serial = arn:aws:iam::123456789012:mfa/alice\n"
                + "[profile plain]\nregion = eu-west-1\n"
                + "[profile ci-long-term]\nmfa_serial = arn:aws:iam::123456789012:mfa/alice\n"
                + "[profile two too many]\nmfa_serial = arn:aws:iam::123456789012:mfa/alice\n"
                + "[sso-session corp]\nrole_arn = arn:aws:iam::123456789012:role/sso\n"
                + "[profile nested]\ns3 =\n  role_arn = not-a-top-level-key\n");
    }

    @Test
    void offers_sessions_and_long_term_profiles_never_their_long_term_sections() throws IOException {
        assertEquals(ACTIONABLE, sandbox.bashReadBack("awsmfa", "--profile", "").stream().map(CompletionProfilesTest::word)
                .toList());
        assertEquals(ACTIONABLE, sandbox.bashReadBack("awsmfa", "status", "--profile", "=", "").stream()
                .map(CompletionProfilesTest::word).toList());
    }

    @Test
    void names_are_escaped_as_one_word_and_match_what_was_typed_escaped_or_quoted() throws IOException {
        assertEquals(List.of("two\\ words"), sandbox.bash("awsmfa", "--profile", "tw"));
        assertEquals(List.of("two\\ words"), sandbox.bash("awsmfa", "--profile", "two\\ w"));
        assertEquals(List.of("star\\*"), sandbox.bash("awsmfa", "exec", "--profile", "st"));
        // Inside an opening quote readline inserts the name as it is and closes the quote.
        assertEquals(List.of("two words"), sandbox.bash("awsmfa", "--profile", "\"two"));
        assertEquals(List.of("quoted name"), sandbox.bash("awsmfa", "--profile", "'q"));
        assertEquals(List.of("1 star*"), sandbox.bashReadBack("awsmfa", "clear", "--profile", "star"));
    }

    @Test
    void a_name_completed_in_an_interactive_bash_reaches_the_command_as_one_word() throws IOException {
        assumeTrue(OS.LINUX.isCurrentOs() && CompletionSandbox.onSystemPath("script").isPresent(),
                "util-linux script is not installed");
        assertEquals(List.of("<--profile><two words>", "<--profile><two words>", "<--profile><star*>",
                "<status><--profile=two words>", "<exec><--profile><two words><--><terraform-like-tool>"),
                sandbox.bashTyped("awsmfa --profile tw", "awsmfa --profile \"tw", "awsmfa --profile st",
                        "awsmfa status --profile=tw", "awsmfa exec --profile 'two words' -- terraform-l"));
    }

    @Test
    void never_expands_what_a_section_name_holds() throws IOException {
        sandbox.aws.credentials(longTermSection("$(touch pwned)") + longTermSection("`touch pwned`")
                + longTermSection("${HOME}")).config("");
        assertEquals(List.of("1 $(touch pwned)", "1 `touch pwned`", "1 ${HOME}"),
                sandbox.bashReadBack("awsmfa", "--profile", ""));
        assertEquals(List.of("$(touch pwned)"), sandbox.bash("awsmfa", "--profile", "\"$("));
        assertFalse(Files.exists(dir.resolve("cwd").resolve("pwned")), "a section name ran a command");
    }

    @Test
    void follows_a_long_term_suffix_given_on_the_line() throws IOException {
        sandbox.aws.credentials(longTermSection("dev") + "[ops-keys]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n");
        sandbox.aws.config("");
        assertEquals(List.of("ops"), sandbox.bash("awsmfa", "--long-term-suffix", "keys", "--profile", ""));
        assertEquals(List.of("ops"), sandbox.bash("awsmfa", "--long-suffix=keys", "--profile", ""));
        assertEquals(List.of("dev"), sandbox.bash("awsmfa", "--profile", ""));
    }

    @Test
    void reads_the_files_the_aws_variables_name_and_copes_without_any() throws IOException {
        sandbox.aws.env("AWS_SHARED_CREDENTIALS_FILE", "~/elsewhere/credentials")
                .env("AWS_CONFIG_FILE", sandbox.aws.home().resolve("missing").toString());
        Path moved = Files.createDirectories(sandbox.aws.home().resolve("elsewhere")).resolve("credentials");
        Files.writeString(moved, longTermSection("moved"));
        assertEquals(List.of("moved"), sandbox.bash("awsmfa", "--profile", ""));
        sandbox.aws.env("AWS_SHARED_CREDENTIALS_FILE", sandbox.aws.home().resolve("none").toString());
        assertEquals(List.of(), sandbox.bash("awsmfa", "--profile", ""));
    }

    /** "1 name" (one word, as read back) to the name; anything else stays visible in the failure. */
    static String word(String readBack) {
        return readBack.startsWith("1 ") ? readBack.substring(2) : "[not one word: " + readBack + "]";
    }
}
