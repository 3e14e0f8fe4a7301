package dev.awsmfa.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.Env;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The desktop as the environment describes it, on Linux: a display is DISPLAY or WAYLAND_DISPLAY, set and not blank. */
@EnabledOnOs(value = OS.LINUX, disabledReason = "macOS and Windows always have a display")
class DesktopTest {
    @TempDir
    Path dir;

    @Test
    void a_display_is_either_variable_set_and_not_blank() {
        assertTrue(Desktop.of(Env.of(Map.of("DISPLAY", ":0"))).display());
        assertTrue(Desktop.of(Env.of(Map.of("WAYLAND_DISPLAY", "wayland-0"))).display());
        assertFalse(Desktop.of(Env.of(Map.of("DISPLAY", " "))).display());
        assertFalse(Desktop.of(Env.of(Map.of())).display());
        assertEquals(Desktop.Kind.OTHER, Desktop.of(Env.of(Map.of())).kind());
    }

    @Test
    void programs_are_looked_up_on_the_environments_path() throws IOException {
        Path zenity = dir.resolve("zenity");
        Files.writeString(zenity, "#!/bin/sh\n");
        Files.setPosixFilePermissions(zenity, PosixFilePermissions.fromString("rwx------"));
        Desktop desktop = Desktop.of(Env.of(Map.of("PATH", dir.toString())));
        assertEquals(Optional.of(zenity.toString()), desktop.programs().find("zenity"));
        assertEquals(Optional.empty(), desktop.programs().find("kdialog"));
    }
}
