package dev.awsmfa.keys;

import dev.awsmfa.Platform;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code credential_process} line {@code awsmfa keys move} leaves in the long-term section, {@code awsmfa keys
 * get --store pass --entry dev-long-term}: the same on every OS, and usable by every AWS tool (the AWS CLI runs
 * it for {@code --profile dev-long-term}). awsmfa itself recognises its own line and reads the store in-process,
 * without starting a second JVM and without needing {@code awsmfa} on PATH.
 */
public final class KeysGetLine {
    static final String STORE = "--store";
    static final String ENTRY = "--entry";

    /** A recognised line: which store, which entry. */
    public record Target(String store, String entry) {
    }

    private KeysGetLine() {
    }

    public static String of(String store, String entry) {
        return "awsmfa keys get " + STORE + " " + store + " " + ENTRY + " " + quoted(entry);
    }

    /** The store and entry when {@code commandLine} is awsmfa's own {@code keys get} line. */
    public static Optional<Target> parse(String commandLine) {
        List<String> words = CommandWords.of(commandLine);
        if (words == null || words.size() != 7 || !isAwsmfa(words.get(0)) || !words.get(1).equals("keys")
                || !words.get(2).equals("get")) {
            return Optional.empty();
        }
        String store = null;
        String entry = null;
        for (int i = 3; i < 7; i += 2) {
            if (words.get(i).equals(STORE) && store == null) {
                store = words.get(i + 1);
            } else if (words.get(i).equals(ENTRY) && entry == null) {
                entry = words.get(i + 1);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Target(store, entry));
    }

    private static boolean isAwsmfa(String program) {
        int slash = Math.max(program.lastIndexOf('/'), Platform.WINDOWS ? program.lastIndexOf('\\') : -1);
        String name = program.substring(slash + 1).toLowerCase(Locale.ROOT);
        return name.equals("awsmfa") || name.equals("awsmfa.exe") || name.equals("awsmfa.cmd")
                || name.equals("awsmfa.bat");
    }

    /** Quoted so that {@link CommandWords} (shlex, or the C runtime's rules on Windows) gives the name back. */
    static String quoted(String entry) {
        boolean plain = !entry.isEmpty();
        for (int i = 0; i < entry.length() && plain; i++) {
            char c = entry.charAt(i);
            plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-_.@+=,:/".indexOf(c) >= 0;
        }
        if (plain) {
            return entry;
        }
        if (!Platform.WINDOWS) {
            return "'" + entry.replace("'", "'\"'\"'") + "'";
        }
        StringBuilder out = new StringBuilder("\"");
        int backslashes = 0;
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (c == '\\') {
                backslashes++;
                continue;
            }
            out.append("\\".repeat(c == '"' ? backslashes * 2 + 1 : backslashes)).append(c);
            backslashes = 0;
        }
        return out.append("\\".repeat(backslashes * 2)).append('"').toString();
    }
}
