package dev.awsmfa.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpCodeTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "１２３４５６        | full-width digits, as a Japanese or Chinese input method types them",
        "１２３　４５６      | full-width digits around an ideographic space",
        "'\u00a0123 456\t\n' | a no-break space, a blank, a tab and a newline around and inside",
        "١٢٣٤٥٦              | Arabic-Indic digits",
        "123４５６           | ASCII and full-width mixed",
        "𝟏𝟐𝟑𝟒𝟓𝟔              | mathematical bold digits, outside the BMP"})
    void every_decimal_digit_counts_as_its_ascii_digit_and_blanks_are_dropped(String typed, String what) {
        assertEquals("123456", TotpCode.parse(typed, "the terminal").digits());
    }

    @ParameterizedTest(name = "{0} -> got {1}")
    @CsvSource(delimiter = '|', value = {
        "12345         | 5 digits",
        "１２３４５    | 5 digits",
        "1234567       | 7 digits",
        "7             | 1 digit",
        "12345x        | 6 characters, 1 not a digit",
        "12a4b6        | 6 characters, 2 not digits",
        "abc           | 3 characters, 3 not digits",
        "x             | 1 character, 1 not a digit",
        "1234567８9a   | 10 characters, 1 not a digit",
        "¹²³⁴⁵⁶        | 6 characters, 6 not digits"})
    void a_refused_code_is_described_by_counts_without_a_character_of_it(String typed, String got) {
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> TotpCode.parse(typed, "--token"));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertEquals("The MFA code from --token must be exactly 6 digits (got " + got
                + "): enter the code your MFA device shows.", e.getMessage());
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {"''", "'   '", "'\u3000'"})
    void nothing_but_blanks_is_no_code(String typed) {
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> TotpCode.parse(typed, "standard input"));
        assertEquals(ExitCode.NO_MFA_CODE, e.exitCode());
        assertTrue(e.getMessage().startsWith("No MFA code from standard input"), e.getMessage());
    }
}
