package dev.awsmfa.keys;

import dev.awsmfa.Platform;
import dev.awsmfa.settings.LongTermCredentials;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The macOS Keychain through {@code /usr/bin/security}: one generic password, service {@code awsmfa}, account the
 * entry, holding the JSON; {@code security find-generic-password -s awsmfa -a dev-long-term -w} reads it back by
 * hand. {@code add-generic-password} takes the password only as an argument, so it is written through
 * {@code security -i}: the command is one line on stdin, the JSON in hex ({@code -X}), never in an argv.
 */
final class KeychainStore implements KeyStore {
    static final String NAME = "keychain";
    private static final String SERVICE = "awsmfa";
    /** The tool's errSecItemNotFound (-25300) as an exit status. */
    private static final int NOT_FOUND_STATUS = 44;
    /** {@code security -i} reads a line into a 4096-byte buffer; a longer one would be cut into two commands. */
    private static final int MAX_LINE_BYTES = 4000;

    private final boolean mac;
    private final StoreProgram security;

    KeychainStore(StoreContext context) {
        this(context, Platform.MAC, Path.of("/usr/bin/security"));
    }

    /**
     * @param mac whether this is macOS; @param systemTool the system's {@code security}, preferred to one on PATH
     *        when it exists on macOS
     */
    KeychainStore(StoreContext context, boolean mac, Path systemTool) {
        this.mac = mac;
        this.security = new StoreProgram(context, NAME,
                mac && Files.isExecutable(systemTool) ? systemTool.toString() : "security",
                "it comes with macOS (/usr/bin/security)");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String where(String entry) {
        return "macOS Keychain item service=" + SERVICE + " account=" + entry;
    }

    @Override
    public void put(String entry, LongTermCredentials keys) {
        String line = "add-generic-password -U -s " + SERVICE + " -a " + quoted(entry) + " -l "
                + quoted("awsmfa: long-term keys of " + entry) + " -X "
                + HexFormat.of().formatHex(StoredKeys.encode(keys).getBytes(StandardCharsets.UTF_8)) + "\n";
        byte[] input = line.getBytes(StandardCharsets.UTF_8);
        if (input.length > MAX_LINE_BYTES || entry.indexOf('\n') >= 0 || entry.indexOf('\r') >= 0
                || entry.indexOf('\0') >= 0) {
            throw security.failure("the profile name " + entry + " cannot be a Keychain account through "
                    + "security -i (a line break, or longer than its 4096-byte line): rename the profile, or choose "
                    + "another store.");
        }
        StoreProgram.Ran ran = security.run(input, List.of("-i"));
        if (ran.status() != 0) {
            throw security.failed("writing the item of " + entry, ran);
        }
    }

    @Override
    public LongTermCredentials get(String entry) {
        StoreProgram.Ran ran = security.run(new byte[0],
                List.of("find-generic-password", "-s", SERVICE, "-a", entry, "-w"));
        if (ran.status() != 0) {
            if (absent(ran)) {
                throw security.absent(where(entry));
            }
            throw security.failed("reading the item of " + entry, ran);
        }
        return StoredKeys.decode(password(ran.text()), where(entry));
    }

    @Override
    public void remove(String entry) {
        StoreProgram.Ran ran = security.run(new byte[0],
                List.of("delete-generic-password", "-s", SERVICE, "-a", entry));
        if (ran.status() != 0 && !absent(ran)) {
            throw security.failed("removing the item of " + entry, ran);
        }
    }

    @Override
    public Optional<String> unusable() {
        if (!mac) {
            return Optional.of("the macOS Keychain exists only on macOS");
        }
        return security.installed() ? Optional.empty() : Optional.of("security is not on PATH");
    }

    private static boolean absent(StoreProgram.Ran ran) {
        return ran.status() == NOT_FOUND_STATUS || ran.firstErrorLine().contains("could not be found");
    }

    /**
     * The password {@code -w} printed: the text, or its hex when the tool found a byte it would not print as text
     * (the JSON starts with a brace, which is not a hex digit).
     */
    static String password(String printed) {
        String text = printed.strip();
        if (text.startsWith("{") || text.isEmpty() || text.length() % 2 != 0) {
            return text;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return text;
            }
        }
        return new String(HexFormat.of().parseHex(text), StandardCharsets.UTF_8);
    }

    /**
     * A word of {@code security -i}'s line: in double quotes, where a backslash takes the next character as it is,
     * so only a backslash and a double quote need one.
     */
    static String quoted(String word) {
        StringBuilder quoted = new StringBuilder(word.length() + 2).append('"');
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.append('"').toString();
    }
}
