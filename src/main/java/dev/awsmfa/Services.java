package dev.awsmfa;

import dev.awsmfa.mfa.CommandRunner;
import dev.awsmfa.mfa.ShellCommandRunner;
import dev.awsmfa.mfa.SystemTerminal;
import dev.awsmfa.mfa.Terminal;
import dev.awsmfa.session.Sleeper;
import dev.awsmfa.session.StsGatewayFactory;
import java.time.Clock;
import java.util.TimeZone;

/** The outside world awsmfa depends on, in one piece so that tests can replace any part with a plain fake. */
public record Services(Env env, Clock clock, Terminal terminal, CommandRunner commandRunner, StsGatewayFactory sts,
        Sleeper sleeper) {
    /** With the real sleeper, which Ctrl-C cuts short. */
    public Services(Env env, Clock clock, Terminal terminal, CommandRunner commandRunner, StsGatewayFactory sts) {
        this(env, clock, terminal, commandRunner, sts, new CtrlCSleeper());
    }

    /**
     * The zone times are shown in: the user's ({@code TZ}, else the system's) with the system clock,
     * else the clock's. Looked up only by the commands that show a time, as a {@link TimeZone}: the
     * system clock in the user's zone would load java.time's zone rules, ~25 ms of a run.
     */
    public TimeZone timeZone() {
        return clock.equals(Clock.systemUTC()) ? TimeZone.getDefault() : TimeZone.getTimeZone(clock.getZone());
    }

    public static Services system() {
        return new Services(Env.system(), Clock.systemUTC(), new SystemTerminal(), new ShellCommandRunner(),
                new SdkGateways());
    }
}
