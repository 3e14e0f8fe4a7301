package dev.awsmfa.cli;

import dev.awsmfa.session.IamGatewayFactory;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.FakeIam;
import dev.awsmfa.testing.FakeSts;
import dev.awsmfa.testing.FakeTerminal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command-level tests share: a home of their own, an STS handing out 12-hour sessions, a
 * terminal where the user types a code, and a clock fixed at noon UTC in Berlin's zone.
 */
abstract class CommandTestBase {
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;
    AwsHome aws;
    FakeSts sts;
    FakeTerminal terminal;
    /** IAM, for {@code --setup}'s device list and devices given by name: by default any call fails the test. */
    IamGatewayFactory iam = FakeIam.unused();

    @BeforeEach
    void setUpHomeStsAndTerminal() {
        aws = new AwsHome(dir);
        sts = new FakeSts(NOW.plusSeconds(43_200));
        terminal = FakeTerminal.typing("123456");
    }

    CliRun.Result awsmfa(String... args) {
        return CliRun.run(aws.env(), CLOCK, terminal, CliRun.NO_COMMANDS, sts, iam, args);
    }

    /** A {@code [dev]} session as aws-mfa writes it, expiring at {@code expiration} (naive UTC). */
    static String validSession(String expiration) {
        return "[dev]\n"
                + "assumed_role = False\n"
                + "aws_access_key_id = ASIAOLDSESSIONEXAMPLE\n"
                + "aws_secret_access_key = oldSecretEXAMPLE\n"
                + "aws_session_token = oldTokenEXAMPLE\n"
                + "aws_security_token = oldTokenEXAMPLE\n"
                + "expiration = " + expiration + "\n";
    }
}
