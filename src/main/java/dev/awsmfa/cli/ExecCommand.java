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
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code awsmfa exec [-- cmd args...]}: runs a command, or the user's shell, with the session in its environment. */
final class ExecCommand extends Command {
    static final OptionDef<String> PROFILE = RefreshFlags.profile("Profile whose session the command gets");
    static final OptionDef<Boolean> ALLOW_NESTED = OptionDef.flag("Run even inside awsmfa exec for another "
            + "profile (" + ExecPlan.MARKER + " set to another name), which is refused otherwise (exit 2).",
            "--allow-nested");

    ExecCommand(Services services) {
        super(services, "exec", "Run a command, or your shell, with the session in its environment.",
                "Run COMMAND with the session in its environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, "
                        + "AWS_SESSION_TOKEN, AWS_CREDENTIAL_EXPIRATION, the region when known) and "
                        + ExecPlan.MARKER + "=PROFILE for a prompt to show; AWS_PROFILE and AWS_DEFAULT_PROFILE "
                        + "are removed. Without COMMAND, run your shell ($SHELL, else /bin/sh; %COMSPEC% on "
                        + "Windows). Refreshes first when needed. While the command runs, awsmfa ignores Ctrl-C and "
                        + "Ctrl-\\ (the terminal sends them to the command), passes SIGTERM and SIGHUP on to it, "
                        + "and waits for it to end, however long it takes. Inside another profile's exec ("
                        + ExecPlan.MARKER + " set) it refuses to run unless --allow-nested is given.",
                OptionDef.listOf(RefreshFlags.refreshing(PROFILE), RefreshFlags.NO_REFRESH, ALLOW_NESTED,
                        LogLevel.OPTION));
    }

    @Override
    void complete(CommandSpec spec) {
        spec.addPositional(PositionalParamSpec.builder().index("0..*").arity("0..*").type(List.class)
                .auxiliaryTypes(String.class).paramLabel("COMMAND")
                .completionCandidates(List.of(CompletionScript.COMMAND))
                .description("The command and its arguments, after --. None: your shell.").build());
        // Everything after the command's name belongs to it, options included.
        spec.parser().stopAtPositional(true);
    }

    @Override
    List<HelpSection> sections() {
        List<ExitCode> codes = new ArrayList<>(HelpSection.refreshCodes());
        codes.add(ExitCode.COMMAND_NOT_EXECUTABLE);
        codes.add(ExitCode.COMMAND_NOT_FOUND);
        return List.of(HelpSection.exitStatus("The command's own exit status once it runs (128+N when signal N ended "
                        + "it); before that, awsmfa's:", codes),
                HelpSection.examples(
                        new HelpEntry("awsmfa exec --profile dev -- aws s3 ls", "One command with the session."),
                        new HelpEntry("awsmfa exec --profile dev -- terraform plan", "Any program that reads the "
                                + "AWS variables."),
                        new HelpEntry("awsmfa exec --profile dev", "Your shell with the session; exit it to return.")));
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
