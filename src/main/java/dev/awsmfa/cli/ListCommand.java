package dev.awsmfa.cli;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import dev.awsmfa.session.CacheDirectory;
import dev.awsmfa.session.ProfileCatalog;
import dev.awsmfa.session.ProfileSummary;
import dev.awsmfa.session.SessionVariables;
import dev.awsmfa.session.TimeDisplay;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/** {@code awsmfa list}: every profile of both files with its kind and session state. Reads files only. */
final class ListCommand extends Command {
    static final OptionDef OUTPUT = OptionDef.choice(OutputFormat.class, "FORMAT", "text",
            "text (a table, local times) or json (an array, RFC 3339 UTC times). Default: text.", "--output");
    /** For shell completion: the names only, one a line. */
    static final OptionDef NAMES = OptionDef.flag("", "--names").hidden();
    private static final String FORMAT_NAMES = "names";
    private static final String FORMAT_JSON = "json";
    private static final String FORMAT_TEXT = "text";
    /** Stands in the VALID column for a session's validity, which {@link Listing} fills in at each run. */
    private static final String FILLED_IN = "";

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
        String format = arguments.isSet(NAMES.key()) ? FORMAT_NAMES
                : arguments.value(OUTPUT.key()) == OutputFormat.JSON ? FORMAT_JSON : FORMAT_TEXT;
        TimeZone zone = services().timeZone();
        Path cacheDirectory = CacheDirectory.resolve(services().env());
        ListingCache cache = new ListingCache(useCases.files(), cacheDirectory, format, zone);
        Listing listing = cache.find();
        if (listing == null) {
            listing = listing(format, cache.read(), zone);
            cache.keep(listing);
        }
        write(listing, out, cacheDirectory);
        return 0;
    }

    private void write(Listing listing, PrintWriter out, Path cacheDirectory) {
        Instant now = services().clock().instant();
        try {
            // Straight to stdout when its charset would write these very bytes: no decoding and
            // encoding again of an output that can be megabytes.
            OutputStream utf8 = out instanceof Stdout stdout ? stdout.utf8(listing.isAscii()) : null;
            if (utf8 != null) {
                listing.writeTo(utf8, now);
            } else {
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                listing.writeTo(text, now);
                print(out, text.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // Only a kept listing is read here, checked whole just before: a disk failing under it.
            throw new AwsMfaException(ExitCode.BAD_FILE, "cannot read the listing awsmfa kept in " + cacheDirectory
                    + " (" + e.getMessage() + "), so the list above may be cut short: run it again, and if this "
                    + "repeats, delete " + cacheDirectory.resolve("list-*") + ".");
        }
    }

    static Listing listing(String format, ProfileCatalog catalog, TimeZone zone) {
        if (FORMAT_NAMES.equals(format)) {
            return names(catalog.names());
        }
        List<ProfileSummary> rows = catalog.list();
        return FORMAT_JSON.equals(format) ? json(rows) : table(rows, zone);
    }

    private static Listing names(List<String> names) {
        Listing.Builder listing = new Listing.Builder(names.size() * 16, 0);
        for (String name : names) {
            listing.text().append(name).append('\n');
        }
        return listing.build();
    }

    // A method per row, not a loop body: under C1 a method is compiled after a few hundred calls,
    // a loop body only after ~60,000 turns, so a list of thousands would be laid out interpreted.
    static Listing json(List<ProfileSummary> rows) {
        // About 250 characters a profile: no regrowth of a text of megabytes.
        Listing.Builder listing = new Listing.Builder(rows.size() * 256 + 16, rows.size() * 2);
        JsonWriter json = new JsonWriter(listing.text()).beginArray();
        for (ProfileSummary row : rows) {
            object(json, listing, row);
        }
        json.endArray();
        listing.text().append('\n');
        return listing.build();
    }

    private static void object(JsonWriter json, Listing.Builder listing, ProfileSummary row) {
        json.beginObject().field("name", row.name()).field("kind", row.kind().label())
                .field("keyId", row.maskedKeyId().orElse(null)).field("device", row.device().orElse(null))
                .field("role", row.role().orElse(null)).field("region", row.region().orElse(null))
                .field("expiration", row.expiration().isPresent() ? SessionVariables.rfc3339(row.expiration().get())
                        : null)
                .name("valid");
        if (row.expiration().isPresent()) {
            listing.live(Listing.JSON_VALID, row.expiration().get());
            json.valueAppended().name("remainingSeconds");
            listing.live(Listing.JSON_REMAINING, row.expiration().get());
            json.valueAppended();
        } else {
            json.literal(null).name("remainingSeconds").literal(null);
        }
        json.endObject();
    }

    static Listing table(List<ProfileSummary> rows, TimeZone zone) {
        List<List<String>> cells = new ArrayList<>(rows.size() + 1);
        cells.add(List.of("NAME", "KIND", "KEY", "DEVICE", "ROLE", "REGION", "EXPIRES", "VALID"));
        for (ProfileSummary row : rows) {
            cells.add(cells(row, zone));
        }
        TextTable table = TextTable.of(cells);
        Listing.Builder listing = new Listing.Builder(table.expectedLength() + rows.size() * 24, rows.size());
        table.appendLine(listing.text(), cells.get(0));
        for (int i = 0; i < rows.size(); i++) {
            line(table, listing, cells.get(i + 1), rows.get(i));
        }
        return listing.build();
    }

    private static void line(TextTable table, Listing.Builder listing, List<String> cells, ProfileSummary row) {
        if (row.expiration().isPresent()) {
            table.appendLeading(listing.text(), cells);
            listing.live(Listing.VALIDITY, row.expiration().get());
            listing.text().append('\n');
        } else {
            table.appendLine(listing.text(), cells);
        }
    }

    private static List<String> cells(ProfileSummary row, TimeZone zone) {
        boolean session = row.expiration().isPresent();
        return List.of(row.name(), row.kind().label(), dash(row.maskedKeyId()), dash(row.device()),
                dash(row.role()), dash(row.region()), session ? TimeDisplay.local(row.expiration().get(), zone) : "-",
                session ? FILLED_IN : "-");
    }

    private static String dash(Optional<String> value) {
        return value.orElse("-");
    }
}
