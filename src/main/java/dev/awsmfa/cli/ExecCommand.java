package dev.awsmfa.cli;

import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import dev.awsmfa.session.SessionProvider.ProvidedSession;
import dev.awsmfa.session.SessionVariables;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code awsmfa exec -- cmd args...}: runs a command with the session in its environment. */
final class ExecCommand extends Command {
    static final OptionDef<String> PROFILE = RefreshFlags.profile("Profile whose session the command gets");
    /** Left set, these would make the AWS CLI look up a profile instead of the variables. */
    static final Set<String> HIDDEN_VARIABLES = Set.of("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SECURITY_TOKEN");

    ExecCommand(Services services) {
        super(services, "exec", "Run a command with the session in its environment.",
                "Run COMMAND with the session in its environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, "
                        + "AWS_SESSION_TOKEN, AWS_CREDENTIAL_EXPIRATION, region when known) and AWS_PROFILE, "
                        + "AWS_DEFAULT_PROFILE removed; exit with its exit code. Refreshes first when needed. SIGINT, "
                        + "SIGTERM and SIGHUP sent to awsmfa stop the command with SIGTERM.",
                OptionDef.listOf(RefreshFlags.refreshing(PROFILE), RefreshFlags.NO_REFRESH, LogLevel.OPTION));
    }

    @Override
    void complete(CommandSpec spec) {
        spec.addPositional(PositionalParamSpec.builder().index("0..*").arity("1..*").required(true).type(List.class)
                .auxiliaryTypes(String.class).paramLabel("COMMAND")
                .completionCandidates(List.of(CompletionScript.COMMAND))
                .description("The command and its arguments, after --.").build());
        // Everything after the command's name belongs to it, options included.
        spec.parser().stopAtPositional(true);
    }

    @Override
    List<HelpSection> sections() {
        return List.of(HelpSection.exitStatus("The command's exit status once it runs; before that, awsmfa's:",
                        HelpSection.refreshCodes()),
                HelpSection.examples(
                        new HelpEntry("awsmfa exec --profile dev -- aws s3 ls", "One command with the session."),
                        new HelpEntry("awsmfa exec --profile dev -- terraform plan", "Any program that reads the "
                                + "AWS variables.")));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws Exception {
        UseCases useCases = useCases(reporter(arguments, err));
        ProvidedSession session = useCases.provider().session(RefreshFlags.read(arguments),
                !arguments.isSet(RefreshFlags.NO_REFRESH));
        err.flush();
        return ChildProcess.run(arguments.positionals(), SessionVariables.of(session.credentials(), session.region()),
                HIDDEN_VARIABLES);
    }
}
