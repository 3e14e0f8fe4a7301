package dev.awsmfa.cli;

import dev.awsmfa.ExitCode;
import dev.awsmfa.Platform;
import dev.awsmfa.Services;
import dev.awsmfa.exec.ChildProcess;
import dev.awsmfa.exec.ExecPlan;
import dev.awsmfa.exec.NestingGuard;
import dev.awsmfa.session.Reporter;
import dev.awsmfa.session.SessionProvider.ProvidedSession;
import dev.awsmfa.session.SessionVariables;
import dev.awsmfa.settings.RefreshOptions;
import dev.awsmfa.settings.SettingsResolver;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code awsmfa exec [-- cmd args...]}: runs a command, or the user's shell, with the session in its environment. */
final class ExecCommand extends Command {
    static final OptionDef<Boolean> ALLOW_NESTED = OptionDef.flag("Run even inside awsmfa exec for another "
            + "profile (" + ExecPlan.MARKER + " set to another name), which is refused otherwise (exit 2).",
            "--allow-nested");

    ExecCommand(Services services) {
        super(services, "exec", "Run a command, or your shell, with the session in its environment.",
                "Run COMMAND with the session in its environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, "
                        + "AWS_SESSION_TOKEN, AWS_CREDENTIAL_EXPIRATION, the region when known) and "
                        + ExecPlan.MARKER + "=PROFILE for a prompt to show; AWS_PROFILE and AWS_DEFAULT_PROFILE "
                        + "are removed. Without COMMAND, run your shell ($SHELL, else /bin/sh; %%COMSPEC%% on "
                        + "Windows). Refreshes first when needed. While the command runs, awsmfa ignores Ctrl-C and "
                        + "Ctrl-\\ (the terminal sends them to the command), passes SIGTERM and SIGHUP on to it, "
                        + "and waits for it to end, however long it takes. Inside another profile's exec ("
                        + ExecPlan.MARKER + " set) it refuses to run unless --allow-nested is given.",
                OptionDef.listOf(LogLevel.OPTION, RefreshFlags.ALL, RefreshFlags.NO_REFRESH, ALLOW_NESTED));
    }

    @Override
    void complete(CommandSpec spec) {
        spec.addPositional(PositionalParamSpec.builder().index("0..*").arity("0..*").type(List.class)
                .auxiliaryTypes(String.class).paramLabel("COMMAND")
                .description("The command and its arguments, after --. None: your shell.").build());
        // Everything after the command's name belongs to it, options included.
        spec.parser().stopAtPositional(true);
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes());
    }

    /** The command's status first: exec's own codes are the ones it cannot have given. */
    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("  N", "the command's exit status; 128+N when signal N ended it");
        codes.put("  2", "invalid option, or inside another profile's exec (see --allow-nested)");
        codes.put("3 to 22", "no session to run it with: the codes of awsmfa itself (awsmfa --help)");
        codes.put("126", ExitCode.COMMAND_NOT_EXECUTABLE.meaning());
        codes.put("127", ExitCode.COMMAND_NOT_FOUND.meaning());
        return codes;
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        Reporter reporter = reporter(arguments, err);
        RefreshOptions options = RefreshFlags.read(arguments);
        // Before the refresh: no code is asked for a command that will not run.
        NestingGuard.check(services().env(), SettingsResolver.profile(options, services().env()).value(),
                arguments.isSet(ALLOW_NESTED));
        ProvidedSession session = useCases(reporter).provider().session(options,
                !arguments.isSet(RefreshFlags.NO_REFRESH));
        ExecPlan plan = ExecPlan.of(arguments.positionals(), session.profile(),
                SessionVariables.of(session.credentials(), session.region()), services().env(), Platform.WINDOWS);
        if (plan.shell()) {
            reporter.info("Starting " + plan.command().get(0) + " with the session of profile " + session.profile()
                    + " (" + ExecPlan.MARKER + "=" + session.profile() + "); exit it to return.");
        }
        err.flush();
        return ChildProcess.run(plan, services().env());
    }
}
