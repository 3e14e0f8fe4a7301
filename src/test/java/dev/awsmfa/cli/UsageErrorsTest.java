package dev.awsmfa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.CliRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Command lines picocli refuses: one line naming the problem, one pointing at the usage, exit 2, stdout empty. */
class UsageErrorsTest extends CommandTestBase {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "completion                 | Missing required parameter: 'SHELL'   | awsmfa completion",
        "completion fish            | Invalid value for positional parameter at index 0 (SHELL): expected one of [BASH, ZSH] (case-insensitive) but was 'fish' | awsmfa completion",
        "--duration 010x            | Invalid value for option '--duration': '010x' is not an int | awsmfa",
        "status --output xml        | Invalid value for option '--output': expected one of [TEXT, JSON] (case-insensitive) but was 'xml' | awsmfa status",
        "--profile a --profile b    | option '--profile' (PROFILE) should be specified only once | awsmfa",
        "clear --expired --profile x | --profile and --expired exclude each other. | awsmfa clear"})
    void are_reported_in_two_lines_with_exit_code_2(String line, String message, String command) {
        CliRun.Result result = awsmfa(line.trim().split(" +"));
        assertEquals(ExitCode.USAGE.code(), result.exitCode(), result::toString);
        assertEquals("", result.out(), result::toString);
        assertEquals("awsmfa: " + message + "\nRun '" + command + " --help' for usage.\n", result.err(),
                result::toString);
    }
}
