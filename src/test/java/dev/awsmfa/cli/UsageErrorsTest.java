package dev.awsmfa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.CliRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Command lines picocli refuses: one line naming the problem (with picocli's suggestion for a mistyped command or
 * option), one pointing at the usage, exit 2, stdout empty. The quick parser leaves every one of them to picocli.
 */
class UsageErrorsTest extends CommandTestBase {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "completion                 | Missing required parameter: 'SHELL'   | awsmfa completion",
        "completion tcsh            | Invalid value for positional parameter at index 0 (SHELL): expected one of [BASH, ZSH, FISH] (case-insensitive) but was 'tcsh' | awsmfa completion",
        "--duration 010x            | Invalid value for option '--duration': '010x' is not an int | awsmfa",
        "status --output xml        | Invalid value for option '--output': expected one of [TEXT, JSON] (case-insensitive) but was 'xml' | awsmfa status",
        "export --profile a --profile b | awsmfa export takes one profile: give --profile once (awsmfa --profile a --profile b refreshes several). | awsmfa export",
        "clear --expired --profile x | --profile and --expired exclude each other. | awsmfa clear",
        "stauts                     | Unknown command: 'stauts'; did you mean status or list or rotate? | awsmfa",
        "lst --output json          | Unknown command: 'lst'; did you mean list or status? | awsmfa",
        "--profil dev               | Unknown option: '--profil'; did you mean --profile or --prompt? | awsmfa",
        "--forse                    | Unknown option: '--forse'; did you mean --force? | awsmfa",
        "status --outptu=json       | Unknown option: '--outptu'; did you mean --output? | awsmfa status",
        "list --output json extra   | Unexpected argument: 'extra'. | awsmfa list",
        "status --token 123456      | '--token' is not an option of awsmfa status: only awsmfa and its commands console, credential-process, exec, export and rotate take it. | awsmfa status",
        "list --setup               | '--setup' is not an option of awsmfa list: only awsmfa takes it. | awsmfa list"})
    void are_reported_in_two_lines_with_exit_code_2(String line, String message, String command) {
        assertNull(QuickParser.parse(line.trim().split(" +"), dev.awsmfa.Services.system()), line);
        CliRun.Result result = awsmfa(line.trim().split(" +"));
        assertEquals(ExitCode.USAGE.code(), result.exitCode(), result::toString);
        assertEquals("", result.out(), result::toString);
        assertEquals("awsmfa: " + message + "\nRun '" + command + " --help' for usage.\n", result.err(),
                result::toString);
    }
}
