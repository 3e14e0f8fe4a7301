package dev.awsmfa.e2e;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A profile named 開発 under the locales of cron, Docker and plain ssh: {@code LANG=C}, {@code LC_ALL=POSIX} and
 * no locale variable at all, where a JVM reads its arguments and environment as ASCII. The packaged launcher
 * runs through {@code sh}, and every non-ASCII argument, variable and path is made there by {@code printf}
 * from octal escapes: this JVM may itself run in the C locale, where it could not pass them on intact.
 */
class NonAsciiNamesIT extends StubbedStsFixture {
    static final String NAME = "開発";
    static final String FULL_WIDTH_CODE = "１２３４５６";

    /** The locales of cron, Docker images and ssh without LANG, in which Java reads arguments as ASCII. */
    static Stream<String> locales() {
        return Stream.of("LANG=C", "LC_ALL=POSIX", "no locale variable");
    }

    /** Runs {@code script} ({@code $AWSMFA}: the launcher, {@code $P}: 開発) in {@code locale}, NAME=VALUE. */
    CliRun.Result sh(String locale, String script) {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", "P=$(printf '" + octal(NAME) + "')\n" + script);
        builder.environment().clear();
        builder.environment().putAll(aws.env());
        AwsMfaProcess.withSharedCache(builder.environment());
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("TZ", "UTC");
        builder.environment().put("AWSMFA", AwsMfaProcess.launcher().toString());
        if (locale.contains("=")) {
            int equals = locale.indexOf('=');
            builder.environment().put(locale.substring(0, equals), locale.substring(equals + 1));
        }
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        try {
            return AwsMfaProcess.finish(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The UTF-8 bytes of {@code text} as printf's octal escapes. */
    static String octal(String text) {
        StringBuilder escaped = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            escaped.append('\\').append(Integer.toOctalString(b & 0xff));
        }
        return escaped.toString();
    }

    void validSessions(String... profiles) {
        StringBuilder text = new StringBuilder();
        for (String profile : profiles) {
            text.append(ValidSession.credentials(profile)).append('\n');
        }
        aws.credentials(text.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void status_finds_the_section_named_by_flag_and_by_aws_profile(String locale) {
        validSessions(NAME);
        CliRun.Result byFlag = sh(locale, "exec \"$AWSMFA\" status --profile \"$P\"");
        assertEquals(0, byFlag.exitCode(), byFlag::toString);
        assertTrue(byFlag.out().startsWith("開発 [開発]: valid until "), byFlag::toString);
        CliRun.Result byVariable = sh(locale, "AWS_PROFILE=$P exec \"$AWSMFA\" status");
        assertEquals(byFlag.out(), byVariable.out(), byVariable::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void a_valid_session_is_reused_by_flag_and_by_aws_profile(String locale) {
        validSessions(NAME);
        for (String script : List.of("exec \"$AWSMFA\" --profile \"$P\"", "AWS_PROFILE=$P exec \"$AWSMFA\"")) {
            CliRun.Result result = sh(locale, script);
            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(result.err().startsWith("awsmfa: Session [開発] is still valid until "), result::toString);
            assertTrue(sts.requests().isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void export_hands_on_the_session_named_by_aws_profile(String locale) {
        validSessions(NAME);
        CliRun.Result result = sh(locale, "AWS_PROFILE=$P exec \"$AWSMFA\" export --format json");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("\"AWS_ACCESS_KEY_ID\": \"ASIAIOSFODNN7EXAMPLE\""), result::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void list_lines_up_cjk_names_by_the_columns_a_terminal_gives_them(String locale) {
        validSessions(NAME, "dev");
        CliRun.Result result = sh(locale, "exec \"$AWSMFA\" list");
        assertEquals(0, result.exitCode(), result::toString);
        // 開発-long-term is 12 characters and 14 columns: KIND starts at column 16 of every line.
        List<String> lines = result.out().lines().toList();
        assertEquals(5, lines.size(), result::toString);
        assertTrue(lines.get(0).startsWith("NAME            KIND  "), result::toString);
        assertTrue(lines.get(1).startsWith("開発-long-term  long-term  "), result::toString);
        assertTrue(lines.get(2).startsWith("開発            mfa-session  "), result::toString);
        assertTrue(lines.get(3).startsWith("dev-long-term   long-term  "), result::toString);
        assertTrue(lines.get(4).startsWith("dev             mfa-session  "), result::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void a_full_width_token_is_sent_as_ascii_digits_and_the_session_written_under_a_cjk_path(String locale) {
        sts.succeeding(43_200);
        aws.credentials(longTermSection(NAME));
        // The credentials file moves to a directory named 開発: the path is decoded as the name is.
        CliRun.Result result = sh(locale, "mkdir \"$HOME/$P\" && mv \"$AWS_SHARED_CREDENTIALS_FILE\" \"$HOME/$P/\"\n"
                + "AWS_SHARED_CREDENTIALS_FILE=$HOME/$P/credentials \"$AWSMFA\" --profile \"$P\" --token \"$(printf '"
                + octal(FULL_WIDTH_CODE) + "')\" || exit\n"
                + "cat \"$HOME/$P/credentials\"");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("123456", sts.onlyRequestParameters().get("TokenCode"));
        assertTrue(result.out().contains("\n[開発]\nassumed_role = False\naws_access_key_id = "), result::toString);
        assertTrue(result.err().startsWith("awsmfa: New session written to [開発] in " + aws.home()
                + "/開発/credentials"), result::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void a_token_command_runs_in_the_users_locale_and_may_print_full_width_digits(String locale) {
        sts.succeeding(43_200);
        aws.credentials(longTermSection(NAME));
        CliRun.Result result = sh(locale, "\"$AWSMFA\" --profile \"$P\" --token-command "
                + "'echo \"${LANG-unset} ${LC_ALL-unset} ${LC_CTYPE-unset}\" >&2; printf \"" + octal(FULL_WIDTH_CODE)
                + "\\n\"'");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("123456", sts.onlyRequestParameters().get("TokenCode"));
        String expected = switch (locale) {
            case "LANG=C" -> "C unset unset";
            case "LC_ALL=POSIX" -> "unset POSIX unset";
            default -> "unset unset unset";
        };
        assertTrue(result.err().startsWith(expected + "\n"), result::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void the_command_exec_starts_gets_the_users_locale_and_the_name_byte_for_byte(String locale) {
        validSessions(NAME);
        CliRun.Result result = sh(locale, "exec \"$AWSMFA\" exec --profile \"$P\" -- sh -c "
                + "'echo \"${LANG-unset} ${LC_ALL-unset} ${LC_CTYPE-unset} ${AWSMFA_USER_LOCALE-unset} $1\"' "
                + "sh \"$P\"");
        assertEquals(0, result.exitCode(), result::toString);
        String expected = switch (locale) {
            case "LANG=C" -> "C unset unset unset";
            case "LC_ALL=POSIX" -> "unset POSIX unset unset";
            default -> "unset unset unset unset";
        };
        assertEquals(expected + " 開発\n", result.out());
    }
}
