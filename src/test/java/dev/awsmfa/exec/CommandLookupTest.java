package dev.awsmfa.exec;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.exec.FileKinds.Kind;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLookupTest {
    /** A file system of the paths given; every other path is missing. */
    static FileKinds files(Map<String, Kind> kinds) {
        return path -> kinds.getOrDefault(path, Kind.MISSING);
    }

    static AwsMfaException failure(String name, String path, Map<String, Kind> kinds) {
        return assertThrows(AwsMfaException.class, () -> CommandLookup.requireRunnable(name, path, files(kinds)));
    }

    @Test
    void a_command_on_path_is_found_in_the_first_directory_that_has_it_executable() {
        Map<String, Kind> kinds = new HashMap<>();
        kinds.put("/opt/bin/terraform", Kind.NOT_EXECUTABLE);
        kinds.put("/usr/bin/terraform", Kind.EXECUTABLE);
        assertDoesNotThrow(() -> CommandLookup.requireRunnable("terraform", "/opt/bin:/usr/bin", files(kinds)));
    }

    @Test
    void a_command_in_no_directory_is_127() {
        AwsMfaException e = failure("terraformm", "/opt/bin:/usr/bin", Map.of("/usr/bin/terraform", Kind.EXECUTABLE));
        assertEquals(ExitCode.COMMAND_NOT_FOUND, e.exitCode());
        assertEquals(127, e.exitCode().code());
        assertEquals("Command not found: 'terraformm' (in no directory of PATH).", e.getMessage());
    }

    @Test
    void a_directory_of_that_name_on_path_is_skipped_as_the_shells_do() {
        AwsMfaException e = failure("tools", "/usr/bin", Map.of("/usr/bin/tools", Kind.DIRECTORY));
        assertEquals(ExitCode.COMMAND_NOT_FOUND, e.exitCode());
    }

    @Test
    void only_a_file_without_execute_permission_on_path_is_126_naming_it() {
        AwsMfaException e = failure("deploy", "/usr/bin:/home/alice/bin", Map.of("/home/alice/bin/deploy",
                Kind.NOT_EXECUTABLE));
        assertEquals(ExitCode.COMMAND_NOT_EXECUTABLE, e.exitCode());
        assertEquals(126, e.exitCode().code());
        assertEquals("Command not executable: /home/alice/bin/deploy has no execute permission: chmod +x it, or "
                + "name its interpreter (awsmfa exec -- sh deploy).", e.getMessage());
    }

    @Test
    void an_unset_path_is_execvps_default() {
        assertDoesNotThrow(() -> CommandLookup.requireRunnable("sh", null, files(Map.of("/bin/sh", Kind.EXECUTABLE))));
        assertEquals(ExitCode.COMMAND_NOT_FOUND,
                failure("sh", null, Map.of("/usr/local/bin/sh", Kind.EXECUTABLE)).exitCode());
    }

    @Test
    void an_empty_path_entry_is_the_current_directory() {
        assertDoesNotThrow(() -> CommandLookup.requireRunnable("run", "/usr/bin::/bin",
                files(Map.of("./run", Kind.EXECUTABLE))));
    }

    @Test
    void a_name_with_a_slash_is_not_searched() {
        assertDoesNotThrow(() -> CommandLookup.requireRunnable("./run", "/usr/bin",
                files(Map.of("./run", Kind.EXECUTABLE))));
        AwsMfaException missing = failure("bin/run", "/usr", Map.of("/usr/bin/run", Kind.EXECUTABLE));
        assertEquals(ExitCode.COMMAND_NOT_FOUND, missing.exitCode());
        assertEquals("Command not found: bin/run (no such file).", missing.getMessage());
    }

    @Test
    void a_path_that_is_a_directory_or_not_executable_is_126() {
        AwsMfaException directory = failure("/tmp", "/usr/bin", Map.of("/tmp", Kind.DIRECTORY));
        assertEquals(ExitCode.COMMAND_NOT_EXECUTABLE, directory.exitCode());
        assertEquals("Command not executable: /tmp is a directory.", directory.getMessage());
        assertEquals(ExitCode.COMMAND_NOT_EXECUTABLE,
                failure("./deploy.sh", "/usr/bin", Map.of("./deploy.sh", Kind.NOT_EXECUTABLE)).exitCode());
    }

    @Test
    void an_empty_name_is_not_found() {
        assertEquals(ExitCode.COMMAND_NOT_FOUND, failure("", "/usr/bin", Map.of("/usr/bin/", Kind.DIRECTORY))
                .exitCode());
    }

    @Test
    void a_start_that_fails_with_no_such_file_is_127_any_other_126_with_the_systems_reason() {
        AwsMfaException gone = CommandLookup.startFailure("./x",
                new IOException("Cannot run program \"./x\": error=2, No such file or directory"));
        assertEquals(ExitCode.COMMAND_NOT_FOUND, gone.exitCode());
        assertEquals("Command cannot be run: ./x (error=2, No such file or directory).", gone.getMessage());
        AwsMfaException format = CommandLookup.startFailure("./x",
                new IOException("Cannot run program \"./x\": error=8, Exec format error"));
        assertEquals(ExitCode.COMMAND_NOT_EXECUTABLE, format.exitCode());
        assertEquals("Command cannot be run: ./x (error=8, Exec format error).", format.getMessage());
    }
}
