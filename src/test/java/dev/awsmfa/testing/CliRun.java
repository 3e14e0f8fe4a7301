package dev.awsmfa.testing;

import dev.awsmfa.Env;
import dev.awsmfa.Services;
import dev.awsmfa.cli.Cli;
import dev.awsmfa.mfa.CommandRunner;
import dev.awsmfa.mfa.Terminal;
import dev.awsmfa.session.Sleeper;
import dev.awsmfa.session.StsGatewayFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;

/** Runs the command line in-process, as {@code Main} does, with captured stdout and stderr. */
public final class CliRun {

    /** What a run printed and returned; its text form is what a failing assertion should show. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    public static Result run(Map<String, String> env, Clock clock, Terminal terminal, CommandRunner runner,
            StsGatewayFactory sts, String... args) {
        return run(env, clock, NO_WAIT, terminal, runner, sts, args);
    }

    /** With {@code sleeper} for the waits of a run of several profiles (a {@link FakeSleeper} is clock too). */
    public static Result run(Map<String, String> env, Clock clock, Sleeper sleeper, Terminal terminal,
            CommandRunner runner, StsGatewayFactory sts, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Services services = new Services(Env.of(env), clock, terminal, runner, sts, sleeper);
        int code = Cli.execute(args, services, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** A command runner for tests that must not run any command. */
    public static final CommandRunner NO_COMMANDS = (line, source, timeout) -> {
        throw new AssertionError("no command expected, got " + source + ": " + line);
    };

    /** A sleeper for tests that must not wait. */
    public static final Sleeper NO_WAIT = () -> {
        throw new AssertionError("no wait expected");
    };

    private CliRun() {
    }
}
