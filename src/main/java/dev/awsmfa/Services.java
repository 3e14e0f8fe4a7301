package dev.awsmfa;

import dev.awsmfa.mfa.CommandRunner;
import dev.awsmfa.mfa.ShellCommandRunner;
import dev.awsmfa.mfa.SystemTerminal;
import dev.awsmfa.mfa.Terminal;
import dev.awsmfa.session.StsGatewayFactory;
import dev.awsmfa.time.SystemClock;
import java.time.Clock;
import java.util.TimeZone;

/**
 * The outside world awsmfa depends on, handed to the CLI in one piece so tests can replace any
 * part with a plain fake.
 *
 * @param sts opens the STS gateway; the real one is only class-loaded when called, which keeps the
 *     AWS SDK off every path that needs no network
 */
public record Services(Env env, Clock clock, Terminal terminal, CommandRunner commandRunner, StsGatewayFactory sts) {

    /**
     * The zone times are shown in: the clock's. For the system clock, without java.time's zone
     * rules, which cost a run that prints one date ~25 ms to load (see {@code Timestamps#local}).
     */
    public TimeZone timeZone() {
        return clock instanceof SystemClock system ? system.timeZone() : TimeZone.getTimeZone(clock.getZone());
    }

    public static Services system() {
        return new Services(Env.system(), new SystemClock(), new SystemTerminal(), new ShellCommandRunner(),
                new SdkGateways());
    }
}
