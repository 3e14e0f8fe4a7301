package dev.awsmfa.e2e;

import static dev.awsmfa.testing.AwsHome.DEVICE;
import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.mfa.TotpCode;
import dev.awsmfa.session.UsedCodeGuard;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.PseudoTerminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher counting down to a device's next code on a real terminal, and a real Ctrl-C skipping
 * the profile. No STS is needed: the guard (on, as without an endpoint override) remembers a code of the
 * device as accepted a minute from now, so the wait outlasts the test's keystroke, and the skipped profile
 * is never sent; the other profile's session is valid and reused.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the POSIX launcher under a pseudo-terminal")
class CountdownIT {
    @TempDir
    Path dir;

    @Test
    void ctrl_c_at_the_countdown_skips_that_profile_and_the_run_goes_on() throws Exception {
        PseudoTerminal.assumeAvailable();
        AwsHome aws = new AwsHome(dir);
        String validForTwoHours = "[b]\nassumed_role = False\naws_access_key_id = ASIAOLDSESSIONEXAMPLE\n"
                + "aws_secret_access_key = oldSecretEXAMPLE\naws_session_token = oldTokenEXAMPLE\n"
                + "aws_security_token = oldTokenEXAMPLE\nexpiration = " + Instant.now().plusSeconds(7_200)
                        .toString().replace('T', ' ').substring(0, 19) + "\n";
        aws.credentials(longTermSection("a") + longTermSection("b") + validForTwoHours);
        Path cache = Files.createDirectories(dir.resolve("cache").resolve("awsmfa"));
        Files.setPosixFilePermissions(cache.getParent(), PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwx------"));
        UsedCodeGuard.storedIn(cache.resolve("used-codes"), Clock.fixed(Instant.now().plusSeconds(60), ZoneOffset.UTC))
                .remember(DEVICE, TotpCode.parse("111111", "test"));
        Map<String, String> env = new HashMap<>(aws.env());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        try (PseudoTerminal terminal = PseudoTerminal.run("exec " + AwsMfaProcess.launcher() + " --profile a "
                + "--profile b --token-command 'echo 222222'", env)) {
            terminal.awaitText("(Ctrl-C skips profile a)");
            terminal.type("\u0003");
            assertEquals(ExitCode.NO_MFA_CODE.code(), terminal.exitCode(), terminal::screen);
            String screen = terminal.screen();
            assertTrue(screen.contains("awsmfa: Next code for " + DEVICE + " in "), screen);
            assertTrue(screen.contains("awsmfa: profile a: skipped: The wait for the next code of " + DEVICE
                    + " was cut short with Ctrl-C.\n"), screen);
            assertTrue(screen.contains("awsmfa: profile b: reused, valid until "), screen);
        }
        assertTrue(aws.credentials().startsWith(longTermSection("a") + longTermSection("b")), "nothing written");
    }
}
