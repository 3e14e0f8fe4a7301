package dev.awsmfa.cli;

import dev.awsmfa.Services;
import dev.awsmfa.session.ProfileSummary;
import dev.awsmfa.session.SessionVariables;
import dev.awsmfa.session.TimeDisplay;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code awsmfa list}: every profile of both files with its kind and session state. Reads files only. */
final class ListCommand extends Command {
    static final OptionDef OUTPUT = OptionDef.choice(OutputFormat.class, "FORMAT", "text",
            "text (a table, local times) or json (an array, RFC 3339 UTC times). Default: text.", "--output");
    /** For shell completion: the names only, one a line. */
    static final OptionDef NAMES = OptionDef.flag("", "--names").hidden();

    ListCommand(Services services) {
        super(services, "list", "List every profile of both AWS files, with its session state.",
                "List every profile of ~/.aws/credentials and ~/.aws/config (as 'aws configure list-profiles' "
                        + "sees them): kind, MFA device, role, region, masked key id, expiration and validity. "
                        + "No network.",
                OptionDef.listOf(LogLevelOption.DEFINITION, OUTPUT, NAMES));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        UseCases useCases = useCases(reporter(arguments, err));
        if (arguments.isSet(NAMES.key())) {
            // One print: each print flushes, and a line each would be a write per profile.
            StringBuilder names = new StringBuilder();
            for (String name : useCases.catalog().names()) {
                names.append(name).append('\n');
            }
            print(out, names.toString());
        } else {
            List<ProfileSummary> rows = useCases.catalog().list(services().clock().instant());
            print(out, arguments.value(OUTPUT.key()) == OutputFormat.JSON ? json(rows)
                    : table(rows, services().clock().getZone()));
        }
        return 0;
    }

    // A method per row, not a loop body: under C1 a method is compiled after a few hundred calls,
    // a loop body only after ~60,000 turns, so a list of thousands would be laid out interpreted.
    static String json(List<ProfileSummary> rows) {
        // About 250 characters a profile; concat rather than '+': one copy of a text of megabytes, not three.
        JsonWriter json = new JsonWriter(rows.size() * 256 + 16).beginArray();
        for (ProfileSummary row : rows) {
            object(json, row);
        }
        return json.endArray().toString().concat("\n");
    }

    private static void object(JsonWriter json, ProfileSummary row) {
        json.beginObject().field("name", row.name()).field("kind", row.kind().label())
                .field("keyId", row.maskedKeyId().orElse(null)).field("device", row.device().orElse(null))
                .field("role", row.role().orElse(null)).field("region", row.region().orElse(null))
                .field("expiration", row.expiration().isPresent() ? SessionVariables.rfc3339(row.expiration().get())
                        : null)
                .name("valid").literal(row.valid().orElse(null))
                .name("remainingSeconds").literal(row.remaining().isPresent() ? row.remaining().get().getSeconds()
                        : null)
                .endObject();
    }

    static String table(List<ProfileSummary> rows, ZoneId zone) {
        List<List<String>> cells = new ArrayList<>(rows.size() + 1);
        cells.add(List.of("NAME", "KIND", "KEY", "DEVICE", "ROLE", "REGION", "EXPIRES", "VALID"));
        for (ProfileSummary row : rows) {
            cells.add(cells(row, zone));
        }
        return TextTable.render(cells);
    }

    private static List<String> cells(ProfileSummary row, ZoneId zone) {
        return List.of(row.name(), row.kind().label(), dash(row.maskedKeyId()), dash(row.device()),
                dash(row.role()), dash(row.region()),
                row.expiration().isPresent() ? TimeDisplay.local(row.expiration().get(), zone) : "-",
                validity(row));
    }

    private static String validity(ProfileSummary row) {
        if (row.valid().isEmpty()) {
            return "-";
        }
        return row.valid().get() ? "yes (" + TimeDisplay.duration(row.remaining().orElseThrow()) + " left)" : "expired";
    }

    private static String dash(Optional<String> value) {
        return value.orElse("-");
    }
}
