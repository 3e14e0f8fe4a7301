package dev.awsmfa.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each dialog's command line: no shell, and a profile name with quotes and backslashes shown as it is. */
class DialogProgramTest {
    /** Every character that ends or escapes a string in AppleScript, PowerShell, a shell or zenity. */
    private static final String ODD_TEXT = "Enter the MFA code for arn:aws:iam::1:mfa/a (profile it's \"q\" \\n_x$(id)`\u2019)";

    @Test
    void osascript_gets_the_text_as_an_argument_of_a_fixed_script() {
        List<String> argv = DialogProgram.OSASCRIPT.argv("/usr/bin/osascript", "awsmfa: MFA code", ODD_TEXT);
        assertEquals(List.of("/usr/bin/osascript", "-e", "on run argv", "-e", "text returned of (display dialog "
                + "(item 2 of argv) with title (item 1 of argv) default answer \"\" with hidden answer)", "-e",
                "end run", "awsmfa: MFA code", ODD_TEXT), argv);
    }

    @Test
    void osascript_cancel_is_error_128_and_any_other_error_is_a_failure() {
        assertTrue(DialogProgram.OSASCRIPT.cancelled(1, "0:120: execution error: User canceled. (-128)\n"));
        assertFalse(DialogProgram.OSASCRIPT.cancelled(1, "execution error: No user interaction allowed. (-1713)"));
        assertFalse(DialogProgram.OSASCRIPT.cancelled(1, ""));
    }

    @Test
    void zenity_doubles_backslashes_and_underscores_which_it_would_read_as_escapes_and_mnemonics() {
        List<String> argv = DialogProgram.ZENITY.argv("/usr/bin/zenity", "awsmfa: MFA code", "a\\n_b \"c\"");
        assertEquals(List.of("/usr/bin/zenity", "--entry", "--hide-text", "--title=awsmfa: MFA code",
                "--text=a\\\\n__b \"c\""), argv);
    }

    @Test
    void kdialog_asks_for_a_password_with_the_text_as_one_argument() {
        assertEquals(List.of("/usr/bin/kdialog", "--title", "awsmfa: MFA code", "--password", ODD_TEXT),
                DialogProgram.KDIALOG.argv("/usr/bin/kdialog", "awsmfa: MFA code", ODD_TEXT));
    }

    @Test
    void zenity_and_kdialog_cancel_is_status_1_without_an_error() {
        assertTrue(DialogProgram.ZENITY.cancelled(1, ""));
        assertFalse(DialogProgram.ZENITY.cancelled(1, "zenity: cannot open display: \n"));
        assertFalse(DialogProgram.KDIALOG.cancelled(255, ""));
    }

    @Test
    void powershell_gets_an_encoded_script_with_the_text_single_quoted() {
        List<String> argv = DialogProgram.POWERSHELL.argv("C:\\Windows\\powershell.exe", "awsmfa: MFA code", ODD_TEXT);
        assertEquals(List.of("C:\\Windows\\powershell.exe", "-NoProfile", "-NoLogo", "-EncodedCommand"),
                argv.subList(0, 4));
        assertEquals(5, argv.size());
        String script = new String(Base64.getDecoder().decode(argv.get(4)), StandardCharsets.UTF_16LE);
        assertEquals("$answer = Get-Credential -UserName 'awsmfa: MFA code' -Message 'Enter the MFA code for "
                + "arn:aws:iam::1:mfa/a (profile it''s \"q\" \\n_x$(id)`\u2019\u2019)'\n"
                + "if ($null -eq $answer) { exit 1 }\n"
                + "[Console]::Out.WriteLine($answer.GetNetworkCredential().Password)\n", script);
    }
}
