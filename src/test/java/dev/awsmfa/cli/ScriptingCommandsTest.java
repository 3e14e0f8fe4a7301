package dev.awsmfa.cli;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.FakeSts;
import dev.awsmfa.testing.FakeTerminal;
import dev.awsmfa.testing.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The scripting subcommands through picocli, with fakes for STS and the terminal. */
class ScriptingCommandsTest extends CommandTestBase {

    void validSession() {
        aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 13:00:00"))
                .config("[profile dev]\nregion = eu-west-1\n");
    }

    @Nested
    class List {
        @Test
        void prints_one_json_object_per_profile_of_both_files() {
            validSession();
            CliRun.Result result = awsmfa("list", "--output", "json");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals("[{\"name\": \"dev-long-term\", \"kind\": \"long-term\", \"keyId\": \"****MPLE\", "
                    + "\"keySource\": \"file\", \"device\": \"" + AwsHome.DEVICE + "\", \"role\": null, \"region\": null, \"expiration\": null, "
                    + "\"valid\": null, \"remainingSeconds\": null, \"keyCreated\": null, \"keyAgeDays\": null}, "
                    + "{\"name\": \"dev\", \"kind\": \"mfa-session\", \"keyId\": \"****MPLE\", \"keySource\": \"file\", "
                    + "\"device\": \""
                    + AwsHome.DEVICE + "\", \"role\": null, \"region\": \"eu-west-1\", "
                    + "\"expiration\": \"2026-11-28T13:00:00Z\", \"valid\": true, \"remainingSeconds\": 3600, "
                    + "\"keyCreated\": null, \"keyAgeDays\": null}]\n",
                    result.out());
        }

        @Test
        void with_no_profiles_it_says_where_it_looked_instead_of_printing_a_bare_header() {
            CliRun.Result result = awsmfa("list");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals("", result.out());
            assertEquals("awsmfa: No profiles in " + aws.credentialsFile() + " or " + aws.configFile()
                    + ": run 'awsmfa --setup --profile NAME' to add one.\n", result.err());
            CliRun.Result json = awsmfa("list", "--output", "json");
            assertEquals("[]\n", json.out(), json::toString);
            assertEquals("", json.err(), json::toString);
        }

        @Test
        void shows_local_time_and_no_secret_in_the_table() {
            validSession();
            CliRun.Result result = awsmfa("list");
            assertTrue(result.out().contains("2026-11-28 14:00:00 +01:00 Europe/Berlin"), result::toString);
            assertTrue(result.out().contains("yes (1 h 00 min left)"), result::toString);
            assertFalse(result.out().contains("ASIAOLDSESSIONEXAMPLE") || result.out().contains("oldSecret"),
                    result::toString);
        }

        @Test
        void names_only_for_completion() {
            validSession();
            assertEquals("dev-long-term\ndev\n", awsmfa("list", "--names").out());
        }

        CliRun.Result listAt(Instant now, String... args) {
            String[] line = new String[args.length + 1];
            line[0] = "list";
            System.arraycopy(args, 0, line, 1, args.length);
            return CliRun.run(aws.env(), Clock.fixed(now, CLOCK.getZone()), terminal, CliRun.NO_COMMANDS, sts, line);
        }

        @Test
        void shows_the_validity_at_the_time_of_each_run() {
            validSession();
            assertTrue(listAt(NOW).out().contains("yes (1 h 00 min left)"));
            assertTrue(listAt(NOW.plusSeconds(1_800)).out().contains("yes (30 min 00 s left)"));
            String later = listAt(NOW.plusSeconds(7_200)).out();
            assertTrue(later.contains("+01:00 Europe/Berlin  expired\n"), later);
            assertEquals(Map.of("valid", true, "remainingSeconds", 3000), validityOfDevAt(NOW.plusSeconds(600)));
            assertEquals(Map.of("valid", false, "remainingSeconds", 0), validityOfDevAt(NOW.plusSeconds(3_600)));
        }

        /** The "valid" and "remainingSeconds" members of profile dev in {@code list --output json} at {@code now}. */
        Map<String, Object> validityOfDevAt(Instant now) {
            String json = listAt(now, "--output", "json").out();
            return Json.array(json).stream().map(entry -> (Map<?, ?>) entry)
                    .filter(entry -> "dev".equals(entry.get("name"))).findFirst()
                    .map(entry -> Map.<String, Object>of("valid", entry.get("valid"), "remainingSeconds",
                            entry.get("remainingSeconds")))
                    .orElseThrow(() -> new AssertionError("no profile dev in:\n" + json));
        }

        @Test
        void shows_an_edit_at_once_even_one_that_keeps_the_length() {
            validSession();
            String table = listAt(NOW).out();
            aws.config("[profile dev]\nregion = eu-west-2\n");
            assertEquals(table.replace("eu-west-1", "eu-west-2"), listAt(NOW).out());
        }

        @Test
        void a_file_the_aws_cli_refuses_is_refused() {
            validSession();
            listAt(NOW);
            aws.config("[profile dev\nregion = eu-west-1\n");
            CliRun.Result result = listAt(NOW);
            assertEquals(ExitCode.BAD_FILE.code(), result.exitCode(), result::toString);
            assertTrue(result.err().contains("config:1:"), result.err());
            assertEquals("", result.out());
        }
    }

    @Nested
    class Status {
        @Test
        void exits_0_for_a_valid_session() {
            validSession();
            CliRun.Result result = awsmfa("status", "--profile", "dev");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals("dev [dev]: valid until 2026-11-28 14:00:00 +01:00 Europe/Berlin (1 h 00 min left), key ****MPLE\n",
                    result.out());
        }

        @Test
        void exits_20_within_the_refresh_window() {
            validSession();
            CliRun.Result result = awsmfa("status", "--profile", "dev", "--refresh-window", "61", "--output", "json");
            assertEquals(ExitCode.SESSION_EXPIRING.code(), result.exitCode(), result::toString);
            assertEquals("{\"profile\": \"dev\", \"section\": \"dev\", \"state\": \"expiring\", \"valid\": true, "
                    + "\"keyId\": \"****MPLE\", \"role\": null, \"expiration\": \"2026-11-28T13:00:00Z\", "
                    + "\"remainingSeconds\": 3600}\n", result.out());
        }

        @Test
        void exits_21_once_expired() {
            aws.credentials(validSession("2026-11-28 11:00:00"));
            assertEquals(ExitCode.SESSION_EXPIRED.code(), awsmfa("status", "--profile", "dev").exitCode());
        }

        @Test
        void exits_22_quietly_without_a_session() {
            aws.credentials(longTermSection("dev"));
            CliRun.Result result = awsmfa("status", "--profile", "dev", "-q");
            assertEquals(ExitCode.SESSION_ABSENT.code(), result.exitCode(), result::toString);
            assertEquals("", result.out() + result.err());
        }
    }

    @Nested
    class Export {
        @Test
        void prints_the_stored_session_without_asking() {
            validSession();
            CliRun.Result result = awsmfa("export", "--profile", "dev");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals("export AWS_ACCESS_KEY_ID='ASIAOLDSESSIONEXAMPLE'\n"
                    + "export AWS_SECRET_ACCESS_KEY='oldSecretEXAMPLE'\n"
                    + "export AWS_SESSION_TOKEN='oldTokenEXAMPLE'\n"
                    + "export AWS_CREDENTIAL_EXPIRATION='2026-11-28T13:00:00Z'\n"
                    + "export AWS_REGION='eu-west-1'\nexport AWS_DEFAULT_REGION='eu-west-1'\n", result.out());
            assertTrue(sts.calls.isEmpty() && terminal.prompts.isEmpty());
        }

        /** The region handed on: the flag, else the profile's in config, else its long-term profile's; blank is none. */
        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "[profile dev]\\nregion = eu-west-1\\n[profile dev-long-term]\\nregion = us-west-2\\n | ''        | eu-west-1",
            "[profile dev-long-term]\\nregion = us-west-2\\n                                  | ''        | us-west-2",
            "[profile dev]\\nregion = eu-west-1\\n                                            | ap-south-1 | ap-south-1",
            "[profile dev]\\nregion =\\n[profile dev-long-term]\\nregion = us-west-2\\n          | ''        | ''",
            "''                                                                              | ''        | ''"})
        void hands_on_the_region_with_and_without_refreshing(String config, String flag, String expected) {
            aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 13:00:00"))
                    .config(config.replace("\\n", "\n"));
            for (String noRefresh : new String[] {"", "--no-refresh"}) {
                java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("export", "--profile", "dev",
                        "--format", "dotenv"));
                if (!flag.isEmpty()) {
                    args.addAll(java.util.List.of("--region", flag));
                }
                if (!noRefresh.isEmpty()) {
                    args.add(noRefresh);
                }
                CliRun.Result result = awsmfa(args.toArray(new String[0]));
                assertEquals(0, result.exitCode(), result::toString);
                assertEquals(!expected.isEmpty(), result.out().contains("AWS_REGION="), result::toString);
                if (!expected.isEmpty()) {
                    assertTrue(result.out().contains("AWS_REGION='" + expected + "'\n"), result::toString);
                }
            }
            assertTrue(sts.calls.isEmpty());
        }

        @Test
        void refreshes_an_expired_session_asking_on_the_terminal_not_stdin() {
            aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 11:00:00"));
            terminal.withPipedStdin("654321");
            CliRun.Result result = awsmfa("export", "--profile", "dev", "--format", "json");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals("123456", sts.onlyCall().code());
            assertFalse(result.out().contains("awsmfa:"), result::toString);
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("AWS_ACCESS_KEY_ID", FakeSts.SESSION_KEY_ID);
            expected.put("AWS_SECRET_ACCESS_KEY", FakeSts.SESSION_SECRET);
            expected.put("AWS_SESSION_TOKEN", FakeSts.SESSION_TOKEN);
            expected.put("AWS_CREDENTIAL_EXPIRATION", "2026-11-29T00:00:00Z");
            assertEquals(java.util.List.copyOf(expected.entrySet()),
                    java.util.List.copyOf(Json.object(result.out()).entrySet()), result::toString);
        }

        @Test
        void fails_with_no_refresh_and_prints_nothing() {
            aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 11:00:00"));
            CliRun.Result result = awsmfa("export", "--profile", "dev", "--no-refresh");
            assertEquals(ExitCode.SESSION_EXPIRED.code(), result.exitCode(), result::toString);
            assertEquals("", result.out());
            assertTrue(sts.calls.isEmpty());
        }
    }

    @Nested
    class CredentialProcess {
        @Test
        void prints_the_version_1_document() {
            validSession();
            CliRun.Result result = awsmfa("credential-process", "--profile", "dev");
            assertEquals("{\"Version\": 1, \"AccessKeyId\": \"ASIAOLDSESSIONEXAMPLE\", \"SecretAccessKey\": "
                    + "\"oldSecretEXAMPLE\", \"SessionToken\": \"oldTokenEXAMPLE\", \"Expiration\": "
                    + "\"2026-11-28T13:00:00Z\"}\n", result.out(), result::toString);
            assertEquals("", result.err());
        }

        @Test
        void without_terminal_or_code_source_fails_with_one_line_and_empty_stdout() {
            aws.credentials(longTermSection("dev"));
            terminal = FakeTerminal.none().withPipedStdin("123456");
            CliRun.Result result = awsmfa("credential-process", "--profile", "dev");
            assertEquals(ExitCode.NO_MFA_CODE.code(), result.exitCode(), result::toString);
            assertEquals("", result.out());
            assertEquals(1, result.err().lines().count(), result::toString);
            assertTrue(sts.calls.isEmpty());
        }
    }

    @Nested
    class Clear {
        @Test
        void removes_the_session_and_keeps_the_long_term_keys() {
            validSession();
            CliRun.Result result = awsmfa("clear", "--profile", "dev");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals(longTermSection("dev") + "\n", aws.credentials());
        }

        @Test
        void profile_and_expired_exclude_each_other() {
            validSession();
            assertEquals(ExitCode.USAGE.code(), awsmfa("clear", "--profile", "dev", "--expired").exitCode());
        }
    }

    @Nested
    class Completion {
        @Test
        void prints_the_script_of_the_shell_asked_for_with_no_marker_left() {
            for (String shell : new String[] {"bash", "ZSH", "fish"}) {
                CliRun.Result result = awsmfa("completion", shell);
                assertEquals(0, result.exitCode(), result::toString);
                assertTrue(result.out().contains("# " + shell.toLowerCase(java.util.Locale.ROOT) + " completion for awsmfa"),
                        result::toString);
                assertTrue(result.out().contains("credential-process"), result::toString);
                for (String marker : new String[] {"__awsmfa_profiles__", "#@TABLES@", "@PROFILES_AWK@", "__awsmfa_command__"}) {
                    assertFalse(result.out().contains(marker), shell + " script holds " + marker);
                }
            }
        }
    }
}
