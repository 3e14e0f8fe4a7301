package dev.awsmfa.cli;

import dev.awsmfa.Secrets;
import dev.awsmfa.Services;
import dev.awsmfa.session.SessionState;
import dev.awsmfa.session.SessionStatus;
import dev.awsmfa.session.StoredSession;
import dev.awsmfa.time.TimeText;
import java.io.PrintWriter;
import java.util.TimeZone;

/** {@code awsmfa status}: the session of one profile, as text, JSON or only an exit code. */
final class StatusCommand extends Command {
    static final OptionDef<OutputFormat> OUTPUT = OptionDef.choice(OutputFormat.class, OutputFormat.values(), "FORMAT", "text",
            "text or json. Default: text.", "--output");
    static final OptionDef<Boolean> QUIET = OptionDef.flag("Print nothing; only the exit code tells.", "-q", "--quiet");

    StatusCommand(Services services) {
        super(services, "status", "Show one profile's session; exit 0 valid, 20 expiring, 21 expired, 22 absent.",
                "Show the session of one profile. Exit code: 0 valid for longer than the refresh window, "
                        + "20 expiring within it, 21 expired, 22 absent; so 'awsmfa status -q || awsmfa' refreshes "
                        + "only when needed. No network.",
                OptionDef.listOf(LogLevel.OPTION, RefreshFlags.ALL, OUTPUT, QUIET));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        UseCases useCases = useCases(reporter(arguments, err));
        SessionStatus status = useCases.status().status(RefreshFlags.read(arguments));
        if (!arguments.isSet(QUIET)) {
            print(out, (arguments.get(OUTPUT) == OutputFormat.JSON ? json(status)
                    : TerminalText.safe(text(status, services().timeZone()))) + "\n");
        }
        return status.state().exitCode().code();
    }

    static String json(SessionStatus status) {
        StoredSession session = status.session().orElse(null);
        return new JsonWriter().beginObject().field("profile", status.profile()).field("section", status.section())
                .field("state", status.state().label())
                .name("valid").literal(status.state() == SessionState.VALID || status.state() == SessionState.EXPIRING)
                .field("keyId", session == null ? null : maskedKeyId(session))
                .field("role", session == null ? null : session.roleArn().orElse(null))
                .field("expiration", session == null ? null : TimeText.rfc3339Utc(session.expiration()))
                .name("remainingSeconds").literal(status.remaining().isPresent()
                        ? status.remaining().get().getSeconds() : null)
                .endObject().toString();
    }

    static String text(SessionStatus status, TimeZone zone) {
        String head = status.profile() + " [" + status.section() + "]: " + status.state().label();
        if (status.session().isEmpty()) {
            return head + " (no session; run awsmfa --profile " + status.profile() + ")";
        }
        String until = TimeText.local(status.expiration().orElseThrow(), zone);
        String key = ", key " + maskedKeyId(status.session().get());
        if (status.state() == SessionState.EXPIRED) {
            return head + " since " + until + key;
        }
        String left = TimeText.duration(status.remaining().orElseThrow());
        return head + " until " + until + " (" + left + " left)" + key;
    }

    private static String maskedKeyId(StoredSession session) {
        return Secrets.maskKeyId(session.credentials().accessKeyId());
    }
}
