package dev.awsmfa.cli;

import dev.awsmfa.Services;
import dev.awsmfa.session.SessionProvider.ProvidedSession;
import dev.awsmfa.session.SessionVariables;

/** {@code awsmfa export}: the session as environment variables, quoted for one shell. */
final class ExportCommand extends ProfileSubcommand {
    ExportCommand(Services services) {
        super(services, "export", "Print the session as environment variables for a shell, dotenv or JSON.",
                "Print the session as AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, "
                + "AWS_CREDENTIAL_EXPIRATION (and AWS_REGION, AWS_DEFAULT_REGION when known), quoted for the shell: "
                + "eval \"$(awsmfa export --profile dev)\". Refreshes first when needed, asking for the code on "
                + "the terminal device (never stdin or stdout).");
        spec.addOption(Options.value(ExportFormat.class, "FORMAT",
                "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE} (bash, zsh and POSIX shells).", "--format")
                .defaultValue("sh").build());
        spec.addOption(NoRefresh.declaration());
    }

    @Override
    public Integer call() {
        UseCases useCases = useCases(reporter());
        ProvidedSession session = useCases.provider().session(refreshOptions(), NoRefresh.allowsRefresh(spec));
        ExportFormat format = Options.get(spec, "--format");
        String text = format.render(SessionVariables.of(session.credentials(), session.region()));
        print(text);
        return 0;
    }
}
