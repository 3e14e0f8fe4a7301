package dev.awsmfa.cli;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Profiles whose credentials the AWS CLI or another program gets ({@code aws login}, SSO, {@code credential_process}),
 * beside awsmfa's own, as the corpus file {@code 29-logins-and-processes.config} has them: {@code list} names their
 * kinds, {@code status} and a refresh say which command gets their credentials, {@code clear} leaves them alone.
 */
class ForeignProfilesCommandTest extends CommandTestBase {
    static final String CORPUS_CONFIG = "/corpus/29-logins-and-processes.config";

    String credentials;

    @BeforeEach
    void corpusConfigAndDevKeys() throws IOException {
        try (InputStream in = ForeignProfilesCommandTest.class.getResourceAsStream(CORPUS_CONFIG)) {
            aws.config(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        credentials = longTermSection("dev");
        aws.credentials(credentials);
    }

    @Test
    void list_shows_each_profile_by_who_gets_its_credentials() {
        CliRun.Result result = awsmfa("list", "--output", "json");
        assertEquals(0, result.exitCode(), result::toString);
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (Object row : Json.array(result.out())) {
            Map<?, ?> profile = (Map<?, ?>) row;
            kinds.put((String) profile.get("name"), profile.get("kind"));
        }
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("dev-long-term", "long-term");
        expected.put("default", "config-only");
        expected.put("dev", "config-only");
        expected.put("console", "login");
        expected.put("corp", "sso");
        expected.put("legacy-sso", "sso");
        expected.put("vault", "process");
        expected.put("op", "process");
        expected.put("admin", "role");
        expected.put("blank-login", "config-only");
        assertEquals(expected, kinds);
    }

    @Test
    void the_table_and_the_help_name_the_new_kinds() {
        CliRun.Result table = awsmfa("list");
        assertTrue(table.out().contains("console") && table.out().contains("login")
                && table.out().contains("process"), table::toString);
        String help = awsmfa("list", "--help").out();
        assertTrue(help.contains("login_session") && help.contains("credential_process"), help);
    }

    @ParameterizedTest
    @CsvSource({
            "console, an 'aws login' profile: 'aws login --profile console' signs in",
            "corp, an IAM Identity Center (SSO) profile: 'aws sso login --profile corp' signs in",
            "legacy-sso, an IAM Identity Center (SSO) profile: 'aws sso login --profile legacy-sso' signs in",
            "vault, a credential_process profile: the AWS CLI runs its credential_process command for keys"})
    void status_says_which_command_gets_the_credentials(String profile, String hint) {
        CliRun.Result result = awsmfa("status", "--profile", profile);
        assertEquals(ExitCode.SESSION_ABSENT.code(), result.exitCode(), result::toString);
        assertTrue(result.out().contains(hint + "; awsmfa keeps no session for it"), result::toString);
    }

    @ParameterizedTest
    @CsvSource({
            "console, login_session in [profile console], 'aws login --profile console' signs in",
            "corp, sso_session in [profile corp], 'aws sso login --profile corp' signs in",
            "legacy-sso, sso_start_url in [profile legacy-sso], 'aws sso login --profile legacy-sso' signs in",
            "op, credential_process in [profile op], the AWS CLI runs its credential_process command for keys"})
    void a_refresh_names_the_key_the_file_and_the_command_and_calls_no_sts(String profile, String key,
            String how) {
        for (String[] line : new String[][] {{"--profile", profile}, {"exec", "--profile", profile, "--", "true"},
                {"export", "--profile", profile}}) {
            CliRun.Result result = awsmfa(line);
            assertEquals(ExitCode.PROFILE_NOT_FOUND.code(), result.exitCode(), result::toString);
            assertTrue(result.err().contains(key + " of " + aws.configFile() + "): " + how
                    + ", and the AWS CLI and SDKs use it as it is."), result::toString);
            assertEquals(1, result.err().lines().count(), result::toString);
        }
        assertEquals(0, sts.calls.size());
    }

    @Test
    void clear_leaves_their_files_as_they_are() throws IOException {
        String config = aws.config();
        for (String profile : new String[] {"console", "corp", "vault"}) {
            CliRun.Result result = awsmfa("clear", "--profile", profile);
            assertEquals(0, result.exitCode(), result::toString);
        }
        assertEquals(credentials, aws.credentials());
        assertEquals(config, aws.config());
    }

    @Test
    void a_profile_named_like_a_command_is_a_profile_not_the_command() {
        aws.credentials(longTermSection("console"));
        CliRun.Result result = awsmfa("--profile", "console");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(1, sts.calls.size());
        assertTrue(aws.credentials().contains("[console]\n"), aws.credentials());
    }
}
