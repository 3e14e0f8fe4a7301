package dev.awsmfa.cli;

import dev.awsmfa.session.SessionProvider.ProvidedSession;
import dev.awsmfa.session.SessionVariables;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code awsmfa exec -- cmd args...}: runs a command with the session in its environment. */
@Command(name = "exec", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Run a command with the session in its environment.",
        sortOptions = false,
        description = {"Run COMMAND with the session in its environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, "
                + "AWS_SESSION_TOKEN, AWS_CREDENTIAL_EXPIRATION, region when known) and AWS_PROFILE, "
                + "AWS_DEFAULT_PROFILE removed; exit with its exit code. Refreshes first when needed. SIGINT, "
                + "SIGTERM and SIGHUP sent to awsmfa stop the command with SIGTERM."})
final class ExecCommand extends ProfileSubcommand implements Callable<Integer> {
    /** Left set, these would make the AWS CLI look up a profile instead of the variables. */
    static final Set<String> HIDDEN_VARIABLES = Set.of("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SECURITY_TOKEN");

    @Option(names = "--no-refresh", description = "Fail (exit 21 expired, 22 absent) instead of refreshing.")
    boolean noRefresh;

    @Parameters(paramLabel = "COMMAND", arity = "1..*", description = "The command and its arguments, after --.")
    List<String> command;

    @Override
    public Integer call() {
        UseCases useCases = useCases(reporter());
        ProvidedSession session = useCases.provider().session(refresh.toOptions(), !noRefresh);
        spec.commandLine().getErr().flush();
        return ChildProcess.run(command, SessionVariables.of(session.credentials(), session.region()),
                HIDDEN_VARIABLES);
    }
}
