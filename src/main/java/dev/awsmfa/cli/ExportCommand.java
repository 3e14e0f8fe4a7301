package dev.awsmfa.cli;

import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import dev.awsmfa.session.SessionProvider.ProvidedSession;
import dev.awsmfa.session.SessionVariables;
import java.io.PrintWriter;
import java.util.List;

/** {@code awsmfa export}: the session as environment variables, quoted for one shell. */
final class ExportCommand extends Command {
    static final OptionDef<String> PROFILE = RefreshFlags.profile("Profile whose session to print");
    static final OptionDef<ExportFormat> FORMAT = OptionDef.choice(ExportFormat.class, ExportFormat.values(), "FORMAT", "sh",
            "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE} (bash, zsh and POSIX shells).", "--format");

    ExportCommand(Services services) {
        super(services, "export", "Print the session as environment variables for a shell, dotenv or JSON.",
                "Print the session as AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, "
                        + "AWS_CREDENTIAL_EXPIRATION (and AWS_REGION, AWS_DEFAULT_REGION when known), quoted for the "
                        + "shell: eval \"$(awsmfa export --profile dev)\". Refreshes first when needed, asking for the "
                        + "code on the terminal device (never stdin or stdout), and then writes the new session to "
                        + "the credentials file too, as awsmfa does.",
                OptionDef.listOf(RefreshFlags.refreshing(PROFILE), FORMAT, RefreshFlags.NO_REFRESH,
                        LogLevel.OPTION));
    }

    @Override
    List<HelpSection> sections() {
        return List.of(HelpSection.exitStatus("", HelpSection.refreshCodes()),
                HelpSection.examples(
                        new HelpEntry("eval \"$(awsmfa export --profile dev)\"", "The session in this shell."),
                        new HelpEntry("awsmfa export --profile dev --format fish | source", "The same in fish."),
                        new HelpEntry("awsmfa export --profile dev --format dotenv > .env", "A dotenv file."),
                        new HelpEntry("awsmfa export --profile dev --format docker > aws.env",
                                "For docker run --env-file aws.env.")));
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
