package dev.awsmfa.testing;

import dev.awsmfa.Env;
import dev.awsmfa.Services;
import dev.awsmfa.cli.Cli;
import dev.awsmfa.mfa.CommandRunner;
import dev.awsmfa.mfa.Dialogs;
import dev.awsmfa.mfa.ProgramRunner;
import dev.awsmfa.mfa.Terminal;
import dev.awsmfa.session.IamGatewayFactory;
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
        return run(new Services(Env.of(env), clock, terminal, runner, sts, FakeIam.unused(), Dialogs.none(),
                NO_PROGRAMS, sleeper), args);
    }

    /** With {@code dialogs} as the desktop's dialogs. */
    public static Result run(Map<String, String> env, Clock clock, Terminal terminal, CommandRunner runner,
            StsGatewayFactory sts, Dialogs dialogs, String... args) {
        return run(env, clock, terminal, runner, sts, FakeIam.unused(), dialogs, args);
    }

    /** With an IAM of the test's: for {@code --setup} and devices given by name. */
    public static Result run(Map<String, String> env, Clock clock, Terminal terminal, CommandRunner runner,
            StsGatewayFactory sts, IamGatewayFactory iam, String... args) {
        return run(env, clock, terminal, runner, sts, iam, Dialogs.none(), args);
    }

    private static Result run(Map<String, String> env, Clock clock, Terminal terminal, CommandRunner runner,
            StsGatewayFactory sts, IamGatewayFactory iam, Dialogs dialogs, String... args) {
        return run(new Services(Env.of(env), clock, terminal, runner, sts, iam, dialogs, NO_PROGRAMS, NO_WAIT), args);
    }

    /** A test's world whose programs (a long-term profile's {@code credential_process}) are {@code programs}. */
    public static Services withPrograms(Map<String, String> env, Clock clock, Terminal terminal, StsGatewayFactory sts,
            ProgramRunner programs) {
        return new Services(Env.of(env), clock, terminal, NO_COMMANDS, sts, FakeIam.unused(), Dialogs.none(), programs,
                NO_WAIT);
    }

    /** With every part of the outside world given, e.g. a fake {@code credential_process}. */
    public static Result run(Services services, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, services, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** A command runner for tests that must not run any command. */
    public static final CommandRunner NO_COMMANDS = (line, source, timeout) -> {
        throw new AssertionError("no command expected, got " + source + ": " + line);
    };

    /** A program runner for tests that must not run any {@code credential_process}. */
    public static final ProgramRunner NO_PROGRAMS = (argv, timeout, maxOutputBytes) -> {
        throw new AssertionError("no credential_process expected, got " + argv);
    };

    /** A sleeper for tests that must not wait. */
    public static final Sleeper NO_WAIT = () -> {
        throw new AssertionError("no wait expected");
    };

    private CliRun() {
    }
}
