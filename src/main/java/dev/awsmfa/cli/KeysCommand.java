package dev.awsmfa.cli;

import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import dev.awsmfa.keys.KeyStores;
import dev.awsmfa.keys.StoredKeys;
import dev.awsmfa.session.KeyAge;
import dev.awsmfa.session.KeyLocations;
import dev.awsmfa.session.KeyMove;
import dev.awsmfa.session.Reporter;
import dev.awsmfa.time.TimeText;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code awsmfa keys move|get|list}: where the IAM user's long-term keys live, the credentials file or a store,
 * and the {@code credential_process} end of a store ({@code get}).
 */
final class KeysCommand extends Command {
    enum Action { MOVE, GET, LIST }

    static final OptionDef<String> PROFILE = RefreshFlags.profile("move: profile whose long-term keys to move");
    static final OptionDef<String> TO = OptionDef.text("STORE", "move: where to: " + String.join(", ", KeyStores.NAMES)
            + ", or file (back into the credentials file).", "--to");
    static final OptionDef<String> STORE = OptionDef.text("STORE", "get: the store to read.", "--store");
    static final OptionDef<String> ENTRY = OptionDef.text("ENTRY", "get: the store's entry, the long-term section's "
            + "name (dev-long-term).", "--entry");
    static final OptionDef<OutputFormat> OUTPUT = OptionDef.choice(OutputFormat.class, OutputFormat.values(),
            "FORMAT", "text", "list: text (a table) or json (an array). Default: text.", "--output");

    KeysCommand(Services services) {
        super(services, "keys", "Move the long-term keys out of ~/.aws/credentials into a store, and back.",
                "move --profile P --to STORE writes the keys of [P-long-term] to the store, reads them back, then "
                        + "replaces the two key lines with credential_process = awsmfa keys get --store STORE "
                        + "--entry P-long-term (one atomic edit, every other byte stays), then, when they came from "
                        + "another store, removes them there; --to file moves them back. Stores: keychain (macOS, "
                        + "through /usr/bin/security), secret-service (GNOME Keyring, KWallet, KeePassXC, through "
                        + "secret-tool), pass, windows (Credential Manager), encrypted-file (AES-GCM, a passphrase from "
                        + "AWSMFA_FILE_PASSPHRASE or the terminal). A store is read only when a new session is made, "
                        + "never to reuse one. get prints an entry's keys as the AWS credential_process JSON, for the "
                        + "AWS CLI and SDKs (awsmfa reads its own line without running it). list shows where each "
                        + "long-term profile's keys live and their age, without opening any store.",
                OptionDef.listOf(RefreshFlags.locating(PROFILE), TO, STORE, ENTRY, OUTPUT, LogLevel.OPTION));
    }

    @Override
    void complete(CommandSpec spec) {
        spec.addPositional(PositionalParamSpec.builder().index("0").arity("1").required(true).type(Action.class)
                .completionCandidates(List.of("move", "get", "list")).paramLabel("ACTION").description("${COMPLETION-CANDIDATES}").build());
    }

    @Override
    List<HelpSection> sections() {
        return List.of(HelpSection.exitStatus("", List.of(ExitCode.OK, ExitCode.USAGE, ExitCode.BAD_FILE,
                        ExitCode.PROFILE_NOT_FOUND, ExitCode.LOCKED, ExitCode.KEY_STORE)),
                HelpSection.definitions("Environment",
                        new HelpEntry(KeyStores.FILE_PASSPHRASE_VARIABLE, "The encrypted file's passphrase, "
                                + "instead of asking on the terminal (twice for a new one)."),
                        new HelpEntry("PASSWORD_STORE_DIR, GNUPGHOME", "pass's own: where its store and GPG keys "
                                + "are.")),
                HelpSection.examples(
                        new HelpEntry("awsmfa keys move --profile dev --to pass", "The keys of [dev-long-term] into "
                                + "pass; the section reads them back with credential_process."),
                        new HelpEntry("awsmfa keys move --profile dev --to file", "Back into ~/.aws/credentials."),
                        new HelpEntry("awsmfa keys list", "Where each long-term profile's keys are, and their age.")));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        Action action = Action.valueOf(arguments.positionals().get(0).toUpperCase(Locale.ROOT));
        Reporter reporter = reporter(arguments, err);
        UseCases useCases = useCases(reporter);
        switch (action) {
            case MOVE:
                return move(arguments, useCases, reporter);
            case GET:
                onlyWith(arguments, "get", STORE, ENTRY);
                String store = required(arguments, STORE, "get");
                String entry = required(arguments, ENTRY, "get");
                print(out, StoredKeys.encode(useCases.stores().named(store).get(entry)) + "\n");
                return 0;
            default:
                onlyWith(arguments, "list");
                List<KeyLocations.Location> rows = useCases.keyLocations().list();
                Instant now = services().clock().instant();
                if (arguments.get(OUTPUT) == OutputFormat.JSON) {
                    print(out, json(rows, now));
                } else if (rows.isEmpty()) {
                    reporter.info("No long-term profiles in " + useCases.files().paths().credentialsFile() + " or "
                            + useCases.files().paths().configFile() + ".");
                } else {
                    print(out, table(rows, now));
                }
                return 0;
        }
    }

    private int move(Arguments arguments, UseCases useCases, Reporter reporter) {
        onlyWith(arguments, "move", PROFILE, RefreshFlags.LONG_TERM_SUFFIX, RefreshFlags.SHORT_TERM_SUFFIX, TO);
        String to = required(arguments, TO, "move");
        KeyMove.Moved moved = useCases.keyMove().move(RefreshFlags.read(arguments), to);
        if (!moved.moved()) {
            reporter.info("The long-term keys of profile " + moved.profile() + " are in " + moved.toWhere()
                    + " already; nothing was changed.");
        } else {
            reporter.info("Moved the long-term keys of profile " + moved.profile() + " to " + moved.toWhere()
                    + (to.equals(KeyStores.FILE) ? "." : "; [" + moved.section() + "] reads them with "
                            + "credential_process, and they are read only when a new session is made."));
        }
        return 0;
    }

    /** Refuses the options of another action, so a mistyped line is not half obeyed. */
    @SafeVarargs
    private static void onlyWith(Arguments arguments, String action, OptionDef<String>... allowed) {
        List<OptionDef<String>> own = List.of(allowed);
        for (OptionDef<String> option : List.of(PROFILE, RefreshFlags.LONG_TERM_SUFFIX, RefreshFlags.SHORT_TERM_SUFFIX,
                TO, STORE, ENTRY)) {
            if (!own.contains(option) && arguments.get(option) != null) {
                throw new UsageException(option.names()[0] + " does not go with keys " + action + ".");
            }
        }
    }

    private static String required(Arguments arguments, OptionDef<String> option, String action) {
        String value = arguments.get(option);
        if (value == null || value.isBlank()) {
            throw new UsageException("keys " + action + " needs " + option.names()[0] + ".");
        }
        return value;
    }

    static String json(List<KeyLocations.Location> rows, Instant now) {
        JsonWriter json = new JsonWriter().beginArray();
        for (KeyLocations.Location row : rows) {
            Instant created = row.created().orElse(null);
            json.beginObject().field("section", row.section()).field("store", row.kind()).field("where", row.where())
                    .field("keyId", row.maskedKeyId().orElse(null))
                    .field("keyCreated", created == null ? null : TimeText.rfc3339Utc(created))
                    .name("keyAgeDays").literal(created == null ? null : KeyAge.days(created, now))
                    .endObject();
        }
        return json.endArray() + "\n";
    }

    private static String table(List<KeyLocations.Location> rows, Instant now) {
        List<List<String>> cells = new ArrayList<>(rows.size() + 1);
        cells.add(List.of("SECTION", "STORE", "KEY", "AGE", "WHERE"));
        for (KeyLocations.Location row : rows) {
            String age = row.created().isPresent() ? KeyAge.days(row.created().get(), now) + " days" : "unknown";
            cells.add(List.of(TerminalText.safe(row.section()), row.kind(), row.maskedKeyId().orElse("-"), age,
                    TerminalText.safe(row.where())));
        }
        return TextTable.render(cells);
    }
}
