package dev.awsmfa.cli;

import dev.awsmfa.session.SessionProvider.ProvidedSession;
import dev.awsmfa.session.SessionVariables;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code awsmfa export}: the session as environment variables, quoted for one shell. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Print the session as environment variables for a shell, dotenv or JSON.",
        sortOptions = false,
        description = {"Print the session as AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, "
                + "AWS_CREDENTIAL_EXPIRATION (and AWS_REGION, AWS_DEFAULT_REGION when known), quoted for the shell: "
                + "eval \"$(awsmfa export --profile dev)\". Refreshes first when needed, asking for the code on "
                + "the terminal device (never stdin or stdout)."})
final class ExportCommand extends ProfileSubcommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "sh",
            description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE} (bash, zsh and POSIX shells).")
    ExportFormat format;

    @Option(names = "--no-refresh", description = "Fail (exit 21 expired, 22 absent) instead of refreshing.")
    boolean noRefresh;

    @Override
    public Integer call() {
        UseCases useCases = useCases(reporter());
        ProvidedSession session = useCases.provider().session(refresh.toOptions(), !noRefresh);
        String text = format.render(SessionVariables.of(session.credentials(), session.region()));
        print(text);
        return 0;
    }
}
