package dev.awsmfa.cli;

import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import dev.awsmfa.session.KeyAge;
import dev.awsmfa.session.ProfileCatalog;
import dev.awsmfa.session.ProfileKind;
import dev.awsmfa.session.ProfileSummary;
import dev.awsmfa.session.Reporter;
import dev.awsmfa.session.StoredSession;
import dev.awsmfa.time.TimeText;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code awsmfa list}: every profile of both files with its kind and session state. Reads files only. */
final class ListCommand extends Command {
    static final OptionDef<OutputFormat> OUTPUT = OptionDef.choice(OutputFormat.class, OutputFormat.values(), "FORMAT", "text",
            "text (a table, local times) or json (an array, RFC 3339 UTC times). Default: text.", "--output");
    /** For shell completion: the names only, one a line. */
    static final OptionDef<Boolean> NAMES = OptionDef.flag("", "--names").hiddenFromHelp();

    ListCommand(Services services) {
        super(services, "list", "List every profile of both AWS files, with its session state.",
                "List every profile of ~/.aws/credentials and ~/.aws/config (as 'aws configure list-profiles' "
                        + "sees them): kind (see Profile kinds), MFA device, role, region, masked key id, "
                        + "expiration and validity. No network.",
                OptionDef.listOf(OUTPUT, NAMES, LogLevel.OPTION));
    }

    @Override
    List<HelpSection> sections() {
        List<HelpEntry> kinds = new ArrayList<>();
        for (ProfileKind kind : ProfileKind.values()) {
            kinds.add(new HelpEntry(kind.label(), kind.meaning()));
        }
        return List.of(new HelpSection("Profile kinds", "The KIND column, first match from the top:",
                        List.copyOf(kinds), false),
                HelpSection.exitStatus("", List.of(ExitCode.OK, ExitCode.USAGE, ExitCode.BAD_FILE)),
                HelpSection.examples(
                        new HelpEntry("awsmfa list", "Every profile, with its kind and session."),
                        new HelpEntry("awsmfa list --output json", "The same as a JSON array, for a script.")));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        Reporter reporter = reporter(arguments, err);
        UseCases useCases = useCases(reporter);
        ProfileCatalog catalog = useCases.catalog();
        if (arguments.isSet(NAMES)) {
            StringBuilder names = new StringBuilder();
            for (String name : catalog.names()) {
                names.append(TerminalText.safe(name)).append('\n');
            }
            print(out, names.toString());
            return 0;
        }
        List<ProfileSummary> rows = catalog.withRoleSessions(catalog.list(), services().env());
        Instant now = services().clock().instant();
        if (rows.isEmpty() && arguments.get(OUTPUT) != OutputFormat.JSON) {
            // A header alone reads like a failure to parse; say where awsmfa looked instead.
            reporter.info("No profiles in " + useCases.files().paths().credentialsFile() + " or "
                    + useCases.files().paths().configFile() + ": run 'awsmfa --setup --profile NAME' to add one.");
            return 0;
        }
        print(out, arguments.get(OUTPUT) == OutputFormat.JSON ? json(rows, now) : table(rows, now));
        return 0;
    }

    static String json(List<ProfileSummary> rows, Instant now) {
        JsonWriter json = new JsonWriter().beginArray();
        for (ProfileSummary row : rows) {
            Instant expiration = row.expiration().orElse(null);
            Instant created = row.keyCreated().orElse(null);
            Duration left = expiration == null ? null : StoredSession.timeLeft(expiration, now);
            json.beginObject().field("name", row.name()).field("kind", row.kind().label())
                    .field("keyId", row.maskedKeyId().orElse(null)).field("keySource", row.keySource().orElse(null))
                    .field("device", row.device().orElse(null))
                    .field("role", row.role().orElse(null)).field("region", row.region().orElse(null))
                    .field("expiration", expiration == null ? null : TimeText.rfc3339Utc(expiration))
                    .name("valid").literal(left == null ? null : !left.isZero())
                    .name("remainingSeconds").literal(left == null ? null : left.getSeconds())
                    .field("keyCreated", created == null ? null : TimeText.rfc3339Utc(created))
                    .name("keyAgeDays").literal(created == null ? null : KeyAge.days(created, now))
                    .endObject();
        }
        return json.endArray() + "\n";
    }

    private String table(List<ProfileSummary> rows, Instant now) {
        List<List<String>> cells = new ArrayList<>(rows.size() + 1);
        cells.add(List.of("NAME", "KIND", "KEY", "DEVICE", "ROLE", "REGION", "EXPIRES", "VALID"));
        for (ProfileSummary row : rows) {
            Instant expiration = row.expiration().orElse(null);
            String expires = "-";
            String valid = "-";
            if (expiration != null) {
                Duration left = StoredSession.timeLeft(expiration, now);
                expires = TimeText.local(expiration, services().timeZone());
                valid = left.isZero() ? "expired" : "yes (" + TimeText.duration(left) + " left)";
            }
            cells.add(List.of(row.name(), row.kind().label(), key(row), row.device().orElse("-"),
                    row.role().orElse("-"), row.region().orElse("-"), expires, valid));
        }
        return TextTable.render(cells);
    }

    /** The masked key id; for keys a command prints, which are unknown until it runs, where they come from. */
    private static String key(ProfileSummary row) {
        if (row.maskedKeyId().isPresent()) {
            return row.maskedKeyId().get();
        }
        return ProfileSummary.CREDENTIAL_PROCESS.equals(row.keySource().orElse(null)) ? "(credential_process)" : "-";
    }
}
