package dev.awsmfa.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Finding a dialog program on PATH as starting it by name would. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX file modes")
class PathSearchTest {
    @TempDir
    Path dir;

    private Path file(String name, String mode) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    @Test
    void takes_the_first_directory_with_an_executable_file_of_that_name() throws IOException {
        file("a/zenity", "rw-------");
        Files.createDirectories(dir.resolve("b/zenity"));
        Path found = file("c/zenity", "rwx------");
        file("d/zenity", "rwx------");
        String path = dir.resolve("a") + ":" + dir.resolve("b") + ":" + dir.resolve("c") + ":" + dir.resolve("d");
        assertEquals(Optional.of(found.toString()), new PathSearch(path, false, null).find("zenity"));
    }

    @Test
    void finds_nothing_when_no_directory_has_it() throws IOException {
        file("a/kdialog", "rwx------");
        assertEquals(Optional.empty(), new PathSearch(dir.resolve("a").toString(), false, null).find("zenity"));
    }

    @Test
    void on_windows_tries_each_extension_of_pathext() throws IOException {
        Path found = file("w/powershell.exe", "rwx------");
        assertEquals(Optional.of(found.toString()),
                new PathSearch(";" + dir.resolve("w"), true, ".COM;.EXE").find("powershell"));
        assertEquals(Optional.empty(), new PathSearch(dir.resolve("w").toString(), true, ".BAT").find("powershell"));
    }

    @Test
    void unset_path_is_execvps_default() {
        Optional<String> sh = new PathSearch(null, false, null).find("sh");
        assertEquals(true, Set.of(Optional.of("/bin/sh"), Optional.of("/usr/bin/sh")).contains(sh), sh.toString());
    }
}
