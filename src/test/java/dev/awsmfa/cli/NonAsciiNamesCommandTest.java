package dev.awsmfa.cli;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.FakeTerminal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Profile names in CJK and codes typed with a Japanese input method, through the commands. */
class NonAsciiNamesCommandTest extends CommandTestBase {
    static final String NAME = "開発";

    @Nested
    class ProfileNames {
        @Test
        void a_refresh_by_flag_writes_the_section_and_names_it() {
            aws.credentials(longTermSection(NAME));
            CliRun.Result result = awsmfa("--profile", NAME, "--token", "123456");
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(aws.credentials().contains("\n[開発]\nassumed_role = False\n"), aws.credentials());
            assertTrue(result.err().contains("[開発]"), result::toString);
        }

        @Test
        void aws_profile_names_it_for_status_and_export() {
            aws.credentials(longTermSection(NAME) + "\n" + validSession("2026-11-28 13:00:00").replace("[dev]",
                    "[開発]")).env("AWS_PROFILE", NAME);
            CliRun.Result status = awsmfa("status");
            assertEquals(0, status.exitCode(), status::toString);
            assertTrue(status.out().startsWith("開発 [開発]: valid until "), status::toString);
            CliRun.Result export = awsmfa("export", "--no-refresh");
            assertEquals(0, export.exitCode(), export::toString);
            assertTrue(export.out().contains("AWS_ACCESS_KEY_ID='ASIAOLDSESSIONEXAMPLE'"), export::toString);
        }
    }

    @Nested
    class ListTable {
        @Test
        void lines_up_cjk_names_by_the_columns_a_terminal_gives_them() {
            aws.credentials(longTermSection(NAME) + longTermSection("本番環境") + longTermSection("dev"));
            CliRun.Result result = awsmfa("list");
            assertEquals(0, result.exitCode(), result::toString);
            List<String> lines = result.out().lines().toList();
            assertEquals(4, lines.size(), result::toString);
            // 本番環境-long-term is 14 characters but 18 columns: the KIND column starts at column 20 in every row.
            int kind = lines.get(0).indexOf("KIND");
            assertEquals(20, kind, result::toString);
            for (String line : lines) {
                int second = line.indexOf(' ');
                while (line.charAt(second) == ' ') {
                    second++;
                }
                assertEquals(kind, TerminalText.width(line.substring(0, second)), line);
            }
        }
    }

    @Nested
    class FullWidthCodes {
        @ParameterizedTest(name = "from {0}")
        @ValueSource(strings = {"--token", "the terminal"})
        void reaches_sts_as_ascii_digits(String source) {
            aws.credentials(longTermSection("dev"));
            terminal = FakeTerminal.typing("１２３　４５６");
            CliRun.Result result = source.equals("--token") ? awsmfa("--profile", "dev", "--token", "１２３４５６")
                    : awsmfa("--profile", "dev");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals("123456", sts.calls.get(0).code());
        }

        @Test
        void a_short_full_width_code_is_refused_by_its_count_before_any_call() {
            aws.credentials(longTermSection("dev"));
            terminal = FakeTerminal.typing("１２３４５");
            CliRun.Result result = awsmfa("--profile", "dev");
            assertEquals(ExitCode.INVALID_INPUT.code(), result.exitCode(), result::toString);
            assertEquals("awsmfa: The MFA code from the terminal must be exactly 6 digits (got 5 digits): enter the "
                    + "code your MFA device shows.\n", result.err());
            assertFalse(result.err().contains("１"), result::toString);
            assertTrue(sts.calls.isEmpty());
        }
    }

    @Nested
    class UnreadableInput {
        /** What the JVM makes of 開発 in a charset that lacks it: one U+FFFD per byte. */
        static final String UNDECODED = "\ufffd".repeat(6);

        @Test
        void an_argument_the_locale_could_not_decode_is_named_with_the_fix() {
            CliRun.Result result = awsmfa("status", "--profile", UNDECODED);
            assertTrue(result.err().startsWith("awsmfa: warning: the command line has characters Java could not "
                    + "read in this locale's charset ("), result::toString);
            assertTrue(result.err().lines().findFirst().orElseThrow().endsWith(
                    "set LANG to an installed UTF-8 locale such as C.UTF-8 (locale -a lists them)."), result::toString);
        }

        @Test
        void so_is_a_profile_variable() {
            aws.env("AWS_DEFAULT_PROFILE", UNDECODED);
            assertTrue(awsmfa("status").err().startsWith("awsmfa: warning: AWS_DEFAULT_PROFILE has characters "));
        }

        @Test
        void names_that_were_read_get_no_warning() {
            aws.credentials(longTermSection(NAME)).env("AWS_PROFILE", NAME);
            assertFalse(awsmfa("status", "--profile", NAME).err().contains("warning"));
            assertFalse(awsmfa("status").err().contains("warning"));
        }
    }
}
