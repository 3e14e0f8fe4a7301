package dev.awsmfa.cli;

import dev.awsmfa.Secrets;
import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import dev.awsmfa.session.KeyAge;
import dev.awsmfa.session.Reporter;
import dev.awsmfa.session.RoleStatus;
import dev.awsmfa.session.SessionState;
import dev.awsmfa.session.SessionStatus;
import dev.awsmfa.session.StoredSession;
import dev.awsmfa.settings.RefreshOptions;
import dev.awsmfa.settings.RoleChain;
import dev.awsmfa.time.TimeText;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/** {@code awsmfa status}: the session of one profile, as text, JSON or only an exit code. */
final class StatusCommand extends Command {
    static final OptionDef<String> PROFILE = RefreshFlags.profile("Profile to show");
    static final OptionDef<OutputFormat> OUTPUT = OptionDef.choice(OutputFormat.class, OutputFormat.values(), "FORMAT", "text",
            "text or json. Default: text.", "--output");
    static final OptionDef<Boolean> QUIET = OptionDef.flag("Print nothing; only the exit code tells.", "-q", "--quiet");

    StatusCommand(Services services) {
        super(services, "status", "Show one profile's session: valid, expiring, expired or absent.",
                "Show the session of one profile, and end with an exit code that tells its state (see Exit status), "
                        + "so that 'awsmfa status -q || awsmfa' refreshes only when needed. Reads the files only: no "
                        + "network, no lock, no prompt.",
                OptionDef.listOf(RefreshFlags.locating(PROFILE), RefreshFlags.REFRESH_WINDOW, OUTPUT, QUIET,
                        LogLevel.OPTION));
    }

    @Override
    List<HelpSection> sections() {
        return List.of(HelpSection.exitStatus("", List.of(ExitCode.OK, ExitCode.USAGE, ExitCode.BAD_FILE,
                        ExitCode.SESSION_EXPIRING, ExitCode.SESSION_EXPIRED, ExitCode.SESSION_ABSENT)),
                HelpSection.definitions("Environment", new HelpEntry(KeyAge.MAX_AGE_VARIABLE, "Warn on stderr "
                        + "when the long-term key, as dated by awsmfa rotate (aws_access_key_created), is older than "
                        + "this many days (default 90); the exit status stays the session's.")),
                HelpSection.examples(
                        new HelpEntry("awsmfa status --profile dev", "How long the session of [dev] has left."),
                        new HelpEntry("awsmfa status -q || awsmfa", "Refresh only when the session is not valid."),
                        new HelpEntry("awsmfa status --output json", "The state as JSON, for a script.")));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        Reporter reporter = reporter(arguments, err);
        UseCases useCases = useCases(reporter);
        RefreshOptions options = RefreshFlags.read(arguments);
        Optional<RoleChain> chain = useCases.roles().managedChain(options);
        if (chain.isPresent()) {
            RoleStatus role = useCases.roles().status(options, chain.get());
            if (!arguments.isSet(QUIET)) {
                print(out, (arguments.get(OUTPUT) == OutputFormat.JSON ? RoleStatusText.json(role)
                        : RoleStatusText.text(role, services().timeZone())) + "\n");
            }
            return role.state().exitCode().code();
        }
        SessionStatus status = useCases.status().status(options);
        Optional<String> oldKey = KeyAge.warning(status, services().env());
        if (oldKey.isPresent()) {
            reporter.warn(oldKey.get());
        }
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

    /** {@code state} of {@code status}: a session line, {@code head} first. */
    static String stateText(String head, SessionState state, Instant expiration, Duration remaining, TimeZone zone) {
        String until = TimeText.local(expiration, zone);
        if (state == SessionState.EXPIRED) {
            return head + " since " + until;
        }
        String soon = state == SessionState.EXPIRING ? " soon, valid" : "";
        return head + soon + " until " + until + " (" + TimeText.duration(remaining) + " left)";
    }

    static String text(SessionStatus status, TimeZone zone) {
        String head = status.profile() + " [" + status.section() + "]: " + status.state().label();
        if (status.session().isEmpty()) {
            return head + " (" + AbsentSessionHint.of(status) + ")";
        }
        return stateText(head, status.state(), status.expiration().orElseThrow(), status.remaining().orElseThrow(),
                zone) + ", key " + maskedKeyId(status.session().get());
    }

    private static String maskedKeyId(StoredSession session) {
        return Secrets.maskKeyId(session.credentials().accessKeyId());
    }
}
