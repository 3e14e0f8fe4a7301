package dev.awsmfa.e2e;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rest of aws-mfa's options, their aliases, and the AWS variables, each through the packaged
 * command against the STS stub (RefreshIT covers the others).
 */
class OptionsIT extends StubbedStsFixture {
    static final String OTHER_DEVICE = "arn:aws:iam::123456789012:mfa/other";
    static final String ROLE = "arn:aws:iam::123456789012:role/admin";

    @BeforeEach
    void setUp() {
        sts.succeeding(43_200);
        aws.credentials(longTermSection("dev"));
    }

    CliRun.Result awsmfa(String... args) {
        CliRun.Result result = AwsMfaProcess.with(aws.env()).run(args);
        assertEquals(0, result.exitCode(), result::toString);
        return result;
    }

    @Test
    void device_flag_and_mfa_token_alias() {
        awsmfa("--profile", "dev", "--device", OTHER_DEVICE, "--mfa-token", "222333");
        Map<String, String> request = sts.onlyRequestParameters();
        assertEquals(OTHER_DEVICE, request.get("SerialNumber"));
        assertEquals("222333", request.get("TokenCode"));
    }

    @Test
    void assume_alias_writes_a_role_session() {
        sts.succeeding(3_600);
        awsmfa("--profile", "dev", "--assume", ROLE, "--token", "123456");
        assertEquals("AssumeRole", sts.onlyRequestParameters().get("Action"));
        assertTrue(aws.credentials().contains("[dev]\nassumed_role = True\nassumed_role_arn = " + ROLE + "\n"), aws.credentials());
    }

    @Test
    void suffix_options_and_their_aliases_pick_the_sections() {
        aws.credentials(longTermSection("dev").replace("[dev-long-term]", "[dev-keys]"));
        awsmfa("--profile", "dev", "--long-term-suffix", "keys", "--short-term-suffix", "mfa", "--token", "123456");
        awsmfa("--profile", "dev", "--long-suffix", "keys", "--short-suffix", "session", "--token", "654321");
        String file = aws.credentials();
        assertTrue(file.contains("\n[dev-mfa]\nassumed_role = False\n") && file.contains("\n[dev-session]\n"), file);
        assertFalse(file.contains("\n[dev]\n"), file);
    }

    @Test
    void region_flag_signs_for_that_region() {
        awsmfa("--profile", "dev", "--region", "eu-west-1", "--token", "123456");
        String authorization = sts.requests().get(0).getHeader("Authorization");
        assertTrue(authorization.contains("/eu-west-1/sts/"), authorization);
    }

    @Test
    void endpoint_url_flag_and_aws_endpoint_url() {
        aws.env("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:9");
        awsmfa("--profile", "dev", "--endpoint-url", sts.url(), "--token", "123456");
        aws.env("AWS_ENDPOINT_URL_STS", "").env("AWS_ENDPOINT_URL", sts.url());
        awsmfa("--profile", "dev", "--force", "--token", "654321");
        assertEquals(2, sts.requests().size());
    }

    @Test
    void aws_default_profile_and_the_files_named_by_the_aws_variables() throws Exception {
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Path credentials = Files.writeString(elsewhere.resolve("creds"),
                "[ops-long-term]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = x\n");
        Path config = Files.writeString(elsewhere.resolve("conf"), "[profile ops]\nmfa_serial = " + OTHER_DEVICE
                + "\nregion = ap-southeast-2\n");
        aws.env("AWS_SHARED_CREDENTIALS_FILE", credentials.toString()).env("AWS_CONFIG_FILE", config.toString())
                .env("AWS_DEFAULT_PROFILE", "ops");
        awsmfa("--token", "123456");
        assertEquals(OTHER_DEVICE, sts.onlyRequestParameters().get("SerialNumber"));
        assertTrue(sts.requests().get(0).getHeader("Authorization").contains("/ap-southeast-2/sts/"));
        assertTrue(Files.readString(credentials).contains("\n[ops]\nassumed_role = False\n"));
        assertEquals(longTermSection("dev"), aws.credentials(), "the default file is not touched");
    }

    @Test
    void log_level_debug_tells_the_steps_and_warning_hides_the_summary() {
        CliRun.Result debug = awsmfa("--profile", "dev", "--token", "123456", "--log-level", "DEBUG");
        assertTrue(debug.err().contains("debug: Calling STS GetSessionToken"), debug::toString);
        CliRun.Result quiet = awsmfa("--profile", "dev", "--log-level", "WARNING");
        assertEquals("", quiet.err(), quiet::toString);
    }
}
