package dev.awsmfa.cli;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.CliRun;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code awsmfa exec} in-process: what it runs, with which environment, and when it refuses; real POSIX children. */
class ExecCommandTest extends CommandTestBase {

    Path seen;
    Path recorder;

    @BeforeEach
    void validSessionAndRecorder() throws IOException {
        assumeTrue(File.separatorChar == '/', "POSIX children");
        aws.credentials(longTermSection("dev") + "\n" + validSession("2026-11-28 13:00:00"))
                .config("[profile dev]\nregion = eu-west-1\n");
        seen = dir.resolve("seen");
        recorder = dir.resolve("recorder");
        // Prints its arguments and environment (the JVM's, changed by exec) to a file, and exits 9.
        Files.writeString(recorder, "#!/bin/sh\n{ echo \"args=$*\"; env; } > '" + seen + "'\nexit 9\n");
        Files.setPosixFilePermissions(recorder, PosixFilePermissions.fromString("rwx------"));
    }

    /** What the recorder saw: "args" and each variable. */
    Map<String, String> recorded() throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(seen)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.putIfAbsent(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return values;
    }

    @Test
    void runs_the_command_with_its_options_and_the_session_and_returns_its_status() throws IOException {
        CliRun.Result result = awsmfa("exec", "--profile", "dev", "--", recorder.toString(), "--profile", "x", "-c");
        assertEquals(9, result.exitCode(), result::toString);
        assertEquals("", result.out() + result.err());
        Map<String, String> env = recorded();
        assertEquals("--profile x -c", env.get("args"));
        assertEquals("ASIAOLDSESSIONEXAMPLE", env.get("AWS_ACCESS_KEY_ID"));
        assertEquals("eu-west-1", env.get("AWS_REGION"));
        assertEquals("2026-11-28T13:00:00Z", env.get("AWS_CREDENTIAL_EXPIRATION"));
        assertEquals("dev", env.get("AWSMFA_PROFILE"));
        // The profile variables' removal: ExecPlanTest, and ScriptingIT with a real environment.
    }

    @Test
    void options_after_the_commands_name_are_the_commands_without_a_double_dash() {
        CliRun.Result result = awsmfa("exec", "--profile", "dev", "sh", "-c", "exit 3");
        assertEquals(3, result.exitCode(), result::toString);
    }

    @Test
    void a_command_killed_by_a_signal_gives_128_plus_its_number() {
        CliRun.Result result = awsmfa("exec", "--profile", "dev", "--", "sh", "-c", "kill -TERM $$");
        assertEquals(128 + 15, result.exitCode(), result::toString);
    }

    @Test
    void without_a_command_runs_the_users_shell_and_says_so_on_stderr() throws IOException {
        aws.env("SHELL", recorder.toString());
        CliRun.Result result = awsmfa("exec", "--profile", "dev");
        assertEquals(9, result.exitCode(), result::toString);
        assertEquals("awsmfa: Starting " + recorder + " with the session of profile dev (AWSMFA_PROFILE=dev); "
                + "exit it to return.\n", result.err());
        Map<String, String> env = recorded();
        assertEquals("", env.get("args"));
        assertEquals("dev", env.get("AWSMFA_PROFILE"));
        assertEquals("ASIAOLDSESSIONEXAMPLE", env.get("AWS_ACCESS_KEY_ID"));
    }

    @Test
    void inside_another_profiles_exec_refuses_before_asking_for_any_code() {
        aws.env("AWSMFA_PROFILE", "prod");
        aws.credentials(longTermSection("dev"));
        CliRun.Result result = awsmfa("exec", "--profile", "dev", "--", recorder.toString());
        assertEquals(ExitCode.USAGE.code(), result.exitCode(), result::toString);
        assertEquals(List.of("awsmfa: Already inside awsmfa exec for profile prod (AWSMFA_PROFILE=prod): exit it "
                + "before starting profile dev, or add --allow-nested to run dev's session inside it."),
                result.err().lines().toList());
        assertTrue(sts.calls.isEmpty(), "asked STS");
        assertFalse(Files.exists(seen), "ran the command");
    }

    @Test
    void inside_another_profiles_exec_runs_with_allow_nested_and_marks_the_new_profile() throws IOException {
        aws.env("AWSMFA_PROFILE", "prod");
        CliRun.Result result = awsmfa("exec", "--profile", "dev", "--allow-nested", "--", recorder.toString());
        assertEquals(9, result.exitCode(), result::toString);
        assertEquals("dev", recorded().get("AWSMFA_PROFILE"));
    }

    @Test
    void inside_the_same_profiles_exec_runs() {
        aws.env("AWSMFA_PROFILE", "dev");
        assertEquals(9, awsmfa("exec", "--profile", "dev", "--", recorder.toString()).exitCode());
    }

    @Test
    void a_command_on_no_path_directory_is_127_in_one_line() {
        aws.env("PATH", dir.toString());
        CliRun.Result result = awsmfa("exec", "--profile", "dev", "--", "no-such-command-awsmfa-test");
        assertEquals(127, result.exitCode(), result::toString);
        assertEquals(List.of("awsmfa: Command not found: 'no-such-command-awsmfa-test' (in no directory of PATH)."),
                result.err().lines().toList());
    }

    @Test
    void a_file_without_execute_permission_is_126_in_one_line() throws IOException {
        Files.setPosixFilePermissions(recorder, PosixFilePermissions.fromString("rw-------"));
        CliRun.Result result = awsmfa("exec", "--profile", "dev", "--", recorder.toString());
        assertEquals(126, result.exitCode(), result::toString);
        assertEquals(1, result.err().lines().count(), result::toString);
        assertTrue(result.err().contains(recorder + " has no execute permission"), result::toString);
        assertFalse(Files.exists(seen), "ran the command");
    }
}
