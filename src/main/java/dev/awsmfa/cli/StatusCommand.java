package dev.awsmfa.cli;

import dev.awsmfa.Secrets;
import dev.awsmfa.session.SessionState;
import dev.awsmfa.session.SessionStatus;
import dev.awsmfa.session.SessionVariables;
import dev.awsmfa.session.StoredSession;
import dev.awsmfa.session.TimeDisplay;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code awsmfa status}: the session of one profile, as text, JSON or only an exit code. */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Show one profile's session; exit 0 valid, 20 expiring, 21 expired, 22 absent.",
        sortOptions = false,
        description = {"Show the session of one profile. Exit code: 0 valid for longer than the refresh window, "
                + "20 expiring within it, 21 expired, 22 absent; so 'awsmfa status -q || awsmfa' refreshes "
                + "only when needed. No network."})
final class StatusCommand extends ProfileSubcommand implements Callable<Integer> {
    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json. Default: text.")
    OutputFormat output;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing; only the exit code tells.")
    boolean quiet;

    @Override
    public Integer call() {
        UseCases useCases = useCases(reporter());
        SessionStatus status = useCases.status().status(refresh.toOptions());
        if (!quiet) {
            print((output == OutputFormat.JSON ? json(status) : text(status, services().clock().getZone())) + "\n");
        }
        return status.state().exitCode().code();
    }

    static String json(SessionStatus status) {
        return new JsonWriter().beginObject().field("profile", status.profile()).field("section", status.section())
                .field("state", status.state().label())
                .name("valid").literal(status.state() == SessionState.VALID || status.state() == SessionState.EXPIRING)
                .field("keyId", status.session().map(StatusCommand::maskedKeyId).orElse(null))
                .field("role", status.session().flatMap(s -> s.roleArn()).orElse(null))
                .field("expiration", status.expiration().map(SessionVariables::rfc3339).orElse(null))
                .name("remainingSeconds").literal(status.remaining().map(d -> d.getSeconds()).orElse(null))
                .endObject().toString();
    }

    static String text(SessionStatus status, ZoneId zone) {
        String head = status.profile() + " [" + status.section() + "]: " + status.state().label();
        if (status.session().isEmpty()) {
            return head + " (no session; run awsmfa --profile " + status.profile() + ")";
        }
        String until = TimeDisplay.local(status.expiration().orElseThrow(), zone);
        String key = ", key " + maskedKeyId(status.session().get());
        if (status.state() == SessionState.EXPIRED) {
            return head + " since " + until + key;
        }
        String left = TimeDisplay.duration(status.remaining().orElseThrow());
        return head + " until " + until + " (" + left + " left)" + key;
    }

    private static String maskedKeyId(StoredSession session) {
        return Secrets.maskKeyId(session.credentials().accessKeyId());
    }
}
