package dev.awsmfa.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import org.junit.jupiter.api.Test;

class PromptChoiceTest {
    @Test
    void a_setting_is_matched_ignoring_case_and_blanks() {
        assertEquals(PromptChoice.ZENITY, PromptChoice.parse(" Zenity ", "AWSMFA_PROMPT"));
        assertEquals(PromptChoice.NONE, PromptChoice.parse("none", "mfa_prompt"));
    }

    @Test
    void an_unknown_setting_names_its_source_and_the_accepted_values() {
        AwsMfaException e = assertThrows(AwsMfaException.class,
                () -> PromptChoice.parse("gui", "mfa_prompt in [profile dev] of /h/.aws/config"));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertEquals("'gui' (from mfa_prompt in [profile dev] of /h/.aws/config) is not a prompt: use one of auto, "
                + "terminal, osascript, zenity, kdialog, powershell, none.", e.getMessage());
    }
}
