package dev.awsmfa;

import dev.awsmfa.mfa.CommandRunner;
import dev.awsmfa.mfa.ShellCommandRunner;
import dev.awsmfa.mfa.SystemTerminal;
import dev.awsmfa.mfa.Terminal;
import dev.awsmfa.session.StsGatewayFactory;
import java.time.Clock;

/**
 * The outside world awsmfa depends on, handed to the CLI in one piece so tests can replace any
 * part with a plain fake.
 *
 * @param sts opens the STS gateway; the real one is only class-loaded when called, which keeps the
 *     AWS SDK off every path that needs no network
 */
public record Services(Env env, Clock clock, Terminal terminal, CommandRunner commandRunner, StsGatewayFactory sts) {

    public static Services system() {
        return new Services(Env.system(), Clock.systemUTC(), new SystemTerminal(), new ShellCommandRunner(),
                new SdkGateways());
    }
}
