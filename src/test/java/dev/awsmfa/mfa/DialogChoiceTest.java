package dev.awsmfa.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.awsmfa.mfa.Desktop.Kind;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which dialog a prompt choice gets, from the platform, the display and the programs on PATH alone. */
class DialogChoiceTest {
    private static String choose(String choice, Kind kind, boolean display, String installed) {
        Set<String> programs = installed.isEmpty() ? Set.of() : Set.of(installed.split(" "));
        Desktop desktop = new Desktop(kind, display,
                name -> programs.contains(name) ? Optional.of("/usr/bin/" + name) : Optional.empty());
        DialogChoice chosen = DialogChoice.of(PromptChoice.parse(choice, "test"), desktop);
        return chosen.dialog().isPresent() ? chosen.program() : "none: " + chosen.unavailable();
    }

    @ParameterizedTest(name = "{0} on {1}, display {2}, installed [{3}]: {4}")
    @CsvSource(delimiter = '|', value = {
        "auto     | OTHER   | true  | zenity kdialog | /usr/bin/zenity",
        "auto     | OTHER   | true  | kdialog        | /usr/bin/kdialog",
        "auto     | OTHER   | true  | ''             | none: no dialog program: neither zenity nor kdialog is on PATH (install zenity)",
        "auto     | OTHER   | false | zenity kdialog | none: no display for a dialog (DISPLAY and WAYLAND_DISPLAY are unset)",
        "auto     | MAC     | false | osascript      | /usr/bin/osascript",
        "auto     | MAC     | true  | zenity         | none: osascript is not on PATH",
        "auto     | WINDOWS | false | powershell     | /usr/bin/powershell",
        "auto     | WINDOWS | true  | zenity         | none: powershell is not on PATH",
        "zenity   | OTHER   | false | zenity         | /usr/bin/zenity",
        "kdialog  | OTHER   | true  | zenity kdialog | /usr/bin/kdialog",
        "zenity   | OTHER   | true  | kdialog        | none: zenity is not on PATH",
        "osascript| OTHER   | true  | zenity         | none: osascript is not on PATH",
        "powershell| MAC    | true  | osascript powershell | /usr/bin/powershell",
        "terminal | OTHER   | true  | zenity         | none: --prompt terminal shows no dialog",
        "none     | MAC     | true  | osascript      | none: --prompt none shows no dialog",
    })
    void is_decided_by_the_choice_the_platform_the_display_and_path(String choice, Kind kind, boolean display,
            String installed, String expected) {
        assertEquals(expected, choose(choice, kind, display, installed));
    }
}
