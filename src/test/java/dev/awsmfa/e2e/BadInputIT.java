package dev.awsmfa.e2e;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad files, arguments and environment against the packaged command: one line first (no usage
 * dump, no stack trace), a distinct exit code, no STS request, and the files untouched. Each case
 * is a row of docs/hardening.md.
 */
class BadInputIT extends StubbedStsFixture {
    @BeforeEach
    void setUp() {
        sts.succeeding(43_200);
    }

    CliRun.Result refresh(String... extra) {
        String[] args = new String[extra.length + 4];
        args[0] = "--profile";
        args[1] = "dev";
        args[2] = "--token";
        args[3] = "123456";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return AwsMfaProcess.with(aws.env()).run(args);
    }

    void assertRefused(CliRun.Result result, ExitCode code, String... phrases) {
        assertEquals(code.code(), result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("awsmfa: "), result::toString);
        for (String phrase : phrases) {
            assertTrue(result.err().contains(phrase), () -> "missing '" + phrase + "' in\n" + result);
        }
        assertFalse(result.err().contains("\tat "), () -> "stack trace in\n" + result);
        assertEquals("", result.out(), result::toString);
        assertEquals(0, sts.requests().size(), "no STS request");
    }

    @Nested
    class BadFiles {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "duplicate section|[dev-long-term]\\naws_access_key_id = A\\n[dev-long-term]\\nregion = x\\n|:3: ",
            "duplicate key|[dev-long-term]\\nregion = a\\nRegion = b\\n|:3: ",
            "line before the first section|region = a\\n[dev-long-term]\\n|:1: ",
            "header without ]|[dev-long-term\\nregion = a\\n|:1: ",
        })
        void a_file_the_aws_cli_refuses_is_refused_with_file_and_line(String name, String content, String line) throws Exception {
            aws.credentials(content.replace("\\n", "\n"));
            byte[] before = Files.readAllBytes(aws.credentialsFile());
            assertRefused(refresh(), ExitCode.BAD_FILE, aws.credentialsFile() + line);
            assertArrayEquals(before, Files.readAllBytes(aws.credentialsFile()));
        }

        @Test
        void a_utf8_bom_is_refused() throws Exception {
            Files.createDirectories(aws.credentialsFile().getParent());
            Files.write(aws.credentialsFile(), ("\uFEFF" + longTermSection("dev")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertRefused(refresh(), ExitCode.BAD_FILE, aws.credentialsFile().toString());
        }

        @Test
        void binary_garbage_is_refused() throws Exception {
            byte[] garbage = new byte[4096];
            new Random(7).nextBytes(garbage);
            Files.createDirectories(aws.credentialsFile().getParent());
            Files.write(aws.credentialsFile(), garbage);
            assertRefused(refresh(), ExitCode.BAD_FILE, aws.credentialsFile().toString());
            assertArrayEquals(garbage, Files.readAllBytes(aws.credentialsFile()));
        }

        @Test
        void a_malformed_config_file_is_refused_too() {
            aws.credentials(longTermSection("dev")).config("[profile dev]\nregion = a\n[profile dev]\n");
            assertRefused(refresh(), ExitCode.BAD_FILE, aws.configFile() + ":3: ");
        }

        @Test
        void a_directory_instead_of_the_file_is_refused() throws Exception {
            Files.createDirectories(aws.credentialsFile());
            assertRefused(refresh(), ExitCode.BAD_FILE, "is a directory", "AWS_SHARED_CREDENTIALS_FILE");
        }

        @Test
        void an_unreadable_file_is_refused() throws Exception {
            assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file");
            aws.credentials(longTermSection("dev"));
            Files.setPosixFilePermissions(aws.credentialsFile(), PosixFilePermissions.fromString("---------"));
            assertRefused(refresh(), ExitCode.BAD_FILE, "permission denied");
        }

        @Test
        void a_file_whose_read_fails_is_refused() {
            // Unreadable even for root (CI runs as root, where the permission test above is skipped).
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/proc/self/mem")), "Linux only");
            aws.env("AWS_SHARED_CREDENTIALS_FILE", "/proc/self/mem");
            assertRefused(refresh(), ExitCode.BAD_FILE, "/proc/self/mem: cannot be read");
        }

        @Test
        void a_50_mb_file_is_refused_without_reading_it() throws Exception {
            Files.createDirectories(aws.credentialsFile().getParent());
            try (RandomAccessFile file = new RandomAccessFile(aws.credentialsFile().toFile(), "rw")) {
                file.setLength(50L * 1024 * 1024);
            }
            assertRefused(refresh(), ExitCode.BAD_FILE, "holds more than 16 MiB");
        }

        @Test
        void a_missing_aws_directory_says_where_the_keys_go() {
            assertRefused(refresh(), ExitCode.PROFILE_NOT_FOUND, "there is no credentials file at " + aws.credentialsFile(),
                    "awsmfa --setup --profile dev");
            assertFalse(Files.exists(aws.credentialsFile().getParent()), "nothing created");
        }
    }

    @Nested
    class BadArguments {
        @BeforeEach
        void keys() {
            aws.credentials(longTermSection("dev"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "--duration 899|5|900 to 129600",
            "--duration 129601|5|900 to 129600",
            "--duration 43201 --assume-role arn:aws:iam::123456789012:role/admin|5|900 to 43200",
            "--device arn:aws:iam::123456789012:user/alice|5|arn:aws:iam::123456789012:mfa/alice",
            "--device bad!name|5|not a device ARN, serial number or name",
            "--device arn:aws:iam::123456789012:u2f/user/alice/key-1|5|is a security key or passkey",
            "--assume-role admin|5|not a role ARN",
            "--assume-role arn:aws:iam::123456789012:role/admin --role-session-name x|5|2-64 characters",
            "--region mars|5|not an AWS region name",
            "--endpoint-url not-a-url|5|not a valid http(s) URL",
            "--refresh-window -1|5|0 to 1440",
            "--duration abc|2|--duration",
            "--log-level LOUD|2|--log-level",
            "--long-term-suffix none|2|both [dev]",
        })
        void is_refused_before_any_network_call(String args, int exit, String phrase) {
            CliRun.Result result = refresh(args.split(" "));
            assertEquals(exit, result.exitCode(), result::toString);
            assertTrue(result.err().startsWith("awsmfa: ") && result.err().contains(phrase), result::toString);
            assertFalse(result.err().contains("\tat "), result::toString);
            assertEquals(0, sts.requests().size());
        }

        @ParameterizedTest(name = "code {0}")
        @CsvSource({"12345", "1234567", "12a456", "'1 2 3'"})
        void a_code_that_is_not_six_digits_is_never_sent(String code) {
            CliRun.Result result = AwsMfaProcess.with(aws.env()).run("--profile", "dev", "--token", code);
            assertTrue(result.exitCode() == ExitCode.INVALID_INPUT.code() || result.exitCode() == ExitCode.NO_MFA_CODE.code(),
                    result::toString);
            assertTrue(result.err().contains("--token"), result::toString);
            assertEquals(0, sts.requests().size());
        }

        @ParameterizedTest(name = "--profile {0}")
        @CsvSource({"''", "'   '"})
        void an_empty_option_value_is_a_usage_error_not_the_default_profile(String value) {
            CliRun.Result result = AwsMfaProcess.with(aws.env()).run("--profile", value, "--token", "123456");
            assertRefused(result, ExitCode.USAGE, "Option '--profile' was given an empty value (an unset variable?)");
            CliRun.Result inline = AwsMfaProcess.with(aws.env()).run("clear", "--profile=" + value);
            assertRefused(inline, ExitCode.USAGE, "Option '--profile' was given an empty value");
        }

        @ParameterizedTest(name = "{0}={1}")
        @CsvSource({"MFA_STS_DURATION,abc,5", "MFA_STS_DURATION,100,5", "MFA_DEVICE,arn:aws:iam::123456789012:user/alice,5",
            "MFA_ASSUME_ROLE,admin,5", "AWSMFA_REFRESH_WINDOW,soon,5", "AWS_REGION,EU_WEST_1,5", "AWS_PROFILE,nosuch,4"})
        void bad_environment_is_named_in_the_message(String variable, String value, int exit) {
            aws.env("AWS_PROFILE", "dev").env(variable, value);
            CliRun.Result result = AwsMfaProcess.with(aws.env()).run("--token", "123456");
            assertEquals(exit, result.exitCode(), result::toString);
            assertTrue(result.err().contains(variable), result::toString);
            assertEquals(0, sts.requests().size());
        }
    }
}
