package dev.awsmfa;

import dev.awsmfa.mfa.CommandRunner;
import dev.awsmfa.mfa.Dialogs;
import dev.awsmfa.mfa.ProgramRunner;
import dev.awsmfa.mfa.ShellCommandRunner;
import dev.awsmfa.mfa.SystemProgramRunner;
import dev.awsmfa.mfa.SystemTerminal;
import dev.awsmfa.mfa.Terminal;
import dev.awsmfa.session.IamGatewayFactory;
import dev.awsmfa.session.Sleeper;
import dev.awsmfa.session.StsGatewayFactory;
import java.time.Clock;
import java.util.TimeZone;

/**
 * The outside world awsmfa depends on, in one piece so that tests can replace any part with a plain fake;
 * {@code programs} runs a long-term profile's {@code credential_process}, {@code sleeper} waits for a device's next
 * code in a run of several profiles.
 */
public record Services(Env env, Clock clock, Terminal terminal, CommandRunner commandRunner, StsGatewayFactory sts,
        IamGatewayFactory iam, Dialogs dialogs, ProgramRunner programs, Sleeper sleeper) {
    /**
     * A test's world: no desktop may be asked; the real program runner, which only a refresh that calls STS with
     * keys from a command uses, and the real sleeper, which Ctrl-C cuts short.
     */
    public Services(Env env, Clock clock, Terminal terminal, CommandRunner commandRunner, StsGatewayFactory sts,
            IamGatewayFactory iam) {
        this(env, clock, terminal, commandRunner, sts, iam, Dialogs.none(), new SystemProgramRunner(),
                new CtrlCSleeper());
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
        Env env = Env.system();
        SystemProgramRunner programs = new SystemProgramRunner();
        return new Services(env, Clock.systemUTC(), new SystemTerminal(), new ShellCommandRunner(programs),
                new SdkGateways(), new SdkGateways.Iam(), Dialogs.of(env),
                programs, new CtrlCSleeper());
    }
}
