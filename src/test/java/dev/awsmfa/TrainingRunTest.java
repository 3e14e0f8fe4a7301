package dev.awsmfa;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.mfa.ShellCommandRunner;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.FakeIam;
import dev.awsmfa.testing.FakeTerminal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's training refresh: answered on the loopback by itself, written like a real one. */
class TrainingRunTest {
    @TempDir
    Path dir;

    @Test
    void refreshes_the_training_profile_against_its_own_loopback_stub() throws IOException {
        AwsHome aws = new AwsHome(dir).credentials(longTermSection("awsmfa-training"));
        Services services = new Services(Env.of(aws.env()), Clock.systemUTC(), FakeTerminal.typing("123456"),
                new ShellCommandRunner(), new SdkGateways(), FakeIam.unused());

        assertEquals(0, TrainingRun.run(services));

        String written = aws.credentials();
        assertTrue(written.contains("[awsmfa-training]\n") && written.contains("aws_access_key_id = ASIAIOSFODNN7EXAMPLE"),
                written);
        assertTrue(written.contains("aws_session_token = training"), written);
    }
}
