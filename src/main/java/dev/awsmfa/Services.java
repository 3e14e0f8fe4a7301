package dev.awsmfa;

import dev.awsmfa.mfa.CommandRunner;
import dev.awsmfa.mfa.Desktop;
import dev.awsmfa.mfa.Dialogs;
import dev.awsmfa.mfa.ProcessDialogRunner;
import dev.awsmfa.mfa.ProgramRunner;
import dev.awsmfa.mfa.ShellCommandRunner;
import dev.awsmfa.mfa.SystemProgramRunner;
import dev.awsmfa.mfa.SystemTerminal;
import dev.awsmfa.mfa.Terminal;
import dev.awsmfa.session.IamGatewayFactory;
import dev.awsmfa.session.StsGatewayFactory;
import java.time.Clock;
import java.util.TimeZone;

/**
 * The outside world awsmfa depends on, in one piece so that tests can replace any part with a plain fake;
 * {@code programs} runs a long-term profile's {@code credential_process}.
 */
public record Services(Env env, Clock clock, Terminal terminal, CommandRunner commandRunner, StsGatewayFactory sts,
        IamGatewayFactory iam, Dialogs dialogs, ProgramRunner programs) {
    /**
     * A test's world: no desktop may be asked, and the real program runner, which only a refresh that calls STS
     * with keys from a command uses.
     */
    public Services(Env env, Clock clock, Terminal terminal, CommandRunner commandRunner, StsGatewayFactory sts,
            IamGatewayFactory iam) {
        this(env, clock, terminal, commandRunner, sts, iam, Dialogs.none(), new SystemProgramRunner());
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
                new SdkGateways(), new SdkGateways.Iam(), new Dialogs(Desktop.of(env), new ProcessDialogRunner()),
                programs);
    }
}
