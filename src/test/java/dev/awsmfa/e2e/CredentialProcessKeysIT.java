package dev.awsmfa.e2e;

import static dev.awsmfa.testing.AwsHome.DEVICE;
import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.ReadmeRecipes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The packaged {@code target/awsmfa} with the long-term keys printed by a {@code credential_process} (a script in
 * a directory whose name has a space) against a WireMock STS: STS sees the script's key, and only a refresh runs it.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the POSIX launcher and a shell script")
class CredentialProcessKeysIT extends StubbedStsFixture {
    static final String PROCESS_KEY_ID = "AKIAI44QH8DHBEXAMPLE";
    static final String PROCESS_SECRET = "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY";
    static final String STORE_NOTE = "test store: unlocked for awsmfa";

    Path marker;

    @BeforeEach
    void writeTheKeyScript() throws IOException {
        Path scripts = Files.createDirectories(dir.resolve("key scripts"));
        marker = dir.resolve("ran");
        Path script = scripts.resolve("print-keys");
        // Its arguments go to the marker: proof of the shlex split and of no shell to expand $HOME.
        Files.writeString(script, "#!/bin/sh\n"
                + "printf '%s\\n' \"$@\" > '" + marker + "'\n"
                + "echo '" + STORE_NOTE + "' >&2\n"
                + "printf '{\"Version\": 1, \"AccessKeyId\": \"%s\", \"SecretAccessKey\": \"%s\"}\\n' '"
                + PROCESS_KEY_ID + "' '" + PROCESS_SECRET + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        aws.config("[profile dev-long-term]\n"
                + "credential_process = \"" + script + "\" --item 'AWS dev' $HOME\n"
                + "mfa_serial = " + DEVICE + "\n");
    }

    CliRun.Result awsmfa(String... args) {
        return AwsMfaProcess.with(aws.env()).run(args);
    }

    @Test
    void a_refresh_signs_sts_with_the_keys_the_command_printed_and_shows_its_stderr() throws IOException {
        sts.succeeding(43_200);
        CliRun.Result result = awsmfa("--profile", "dev", "--token", "123456");
        assertEquals(0, result.exitCode(), result::toString);
        String header = sts.requests().get(0).getHeader("Authorization");
        assertTrue(header.contains("Credential=" + PROCESS_KEY_ID + "/"), header);
        assertEquals(List.of("--item", "AWS dev", "$HOME"), Files.readAllLines(marker));
        assertTrue(result.err().contains(STORE_NOTE), result::toString);
        assertFalse(result.err().contains(PROCESS_SECRET) || result.out().contains(PROCESS_SECRET), result::toString);
        String file = aws.credentials();
        assertTrue(file.contains("[dev]\n"), file);
        assertFalse(file.contains(PROCESS_KEY_ID) || file.contains(PROCESS_SECRET), file);
    }

    @Test
    void readmes_wrapper_script_turns_a_password_managers_output_into_the_json() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        // A stand-in for 1Password's op: "op read op://Private/aws-dev/access key id" prints the field.
        Path op = bin.resolve("op");
        Files.writeString(op, "#!/bin/sh\ncase \"$2\" in\n"
                + "  'op://Private/aws-dev/access key id') echo " + PROCESS_KEY_ID + " ;;\n"
                + "  'op://Private/aws-dev/secret access key') echo '" + PROCESS_SECRET + "' ;;\n"
                + "  *) echo \"no item $2\" >&2; exit 1 ;;\nesac\n");
        Path wrapper = bin.resolve("aws-keys");
        Files.writeString(wrapper, ReadmeRecipes.block("### Long-term keys out of plain text", "sh", 1));
        for (Path script : List.of(op, wrapper)) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        }
        aws.env("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        aws.config("[profile dev-long-term]\ncredential_process = " + wrapper + " dev\nmfa_serial = " + DEVICE + "\n");
        sts.succeeding(43_200);
        CliRun.Result result = awsmfa("--profile", "dev", "--token", "123456");
        assertEquals(0, result.exitCode(), result::toString);
        String header = sts.requests().get(0).getHeader("Authorization");
        assertTrue(header.contains("Credential=" + PROCESS_KEY_ID + "/"), header);
    }

    @Test
    void reusing_the_session_never_runs_the_command() {
        String sessionOnly = ValidSession.credentials("dev").substring(longTermSection("dev").length() + 1);
        aws.credentials(sessionOnly);
        for (String[] line : List.of(new String[] {"--profile", "dev"}, new String[] {"list"},
                new String[] {"status", "--profile", "dev"}, new String[] {"export", "--profile", "dev"},
                new String[] {"credential-process", "--profile", "dev"})) {
            CliRun.Result result = awsmfa(line);
            assertEquals(0, result.exitCode(), () -> String.join(" ", line) + "\n" + result);
        }
        assertFalse(Files.exists(marker), "the credential_process ran");
        assertTrue(sts.requests().isEmpty());
        assertEquals(sessionOnly, aws.credentials());
    }
}
