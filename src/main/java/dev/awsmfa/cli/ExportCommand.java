package dev.awsmfa.cli;

import dev.awsmfa.Services;
import dev.awsmfa.session.SessionProvider.ProvidedSession;
import dev.awsmfa.session.SessionVariables;
import java.io.PrintWriter;

/** {@code awsmfa export}: the session as environment variables, quoted for one shell. */
final class ExportCommand extends Command {
    static final OptionDef<ExportFormat> FORMAT = OptionDef.choice(ExportFormat.class, ExportFormat.values(), "FORMAT", "sh",
            "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE} (bash, zsh and POSIX shells).", "--format");

    ExportCommand(Services services) {
        super(services, "export", "Print the session as environment variables for a shell, dotenv or JSON.",
                "Print the session as AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, "
                        + "AWS_CREDENTIAL_EXPIRATION (and AWS_REGION, AWS_DEFAULT_REGION when known), quoted for the "
                        + "shell: eval \"$(awsmfa export --profile dev)\". Refreshes first when needed, asking for the "
                        + "code on the terminal device (never stdin or stdout), and then writes the new session to "
                        + "the credentials file too, as awsmfa does.",
                OptionDef.listOf(LogLevel.OPTION, RefreshFlags.ALL, FORMAT, RefreshFlags.NO_REFRESH));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        UseCases useCases = useCases(reporter(arguments, err));
        ProvidedSession session = useCases.provider().session(RefreshFlags.read(arguments),
                !arguments.isSet(RefreshFlags.NO_REFRESH));
        ExportFormat format = arguments.get(FORMAT);
        print(out, format.render(SessionVariables.of(session.credentials(), session.region())));
        return 0;
    }
}
