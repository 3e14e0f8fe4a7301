package dev.awsmfa.profile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generates valid AWS files full of the awkward parts (comments, tabs, CRLF/LF mix, no final
 * newline, continuation lines, nested blocks, odd key case and spacing) and remembers where each
 * section starts, so tests can check which bytes an edit touched.
 */
final class RandomProfileFile {
    static final String[] KEYS = {"aws_access_key_id", "aws_secret_access_key", "aws_session_token", "region",
        "output", "expiration", "mfa_serial", "note", "key with spaces", "role_arn", "s3", "assumed_role"};
    private static final String VALUE_CHARS = "abcXYZ0189/+=#;:[]. _-é\u00a0\t";

    /** One generated section: its profile name, raw name and the character offset of its header. */
    record Section(String profile, String name, int headerOffset) {
    }

    final ProfileFileKind kind;
    final List<Section> sections = new ArrayList<>();
    private final Random random;
    private final StringBuilder text = new StringBuilder();
    private final String[] endings;

    RandomProfileFile(Random random) {
        this.random = random;
        this.kind = random.nextBoolean() ? ProfileFileKind.CONFIG : ProfileFileKind.CREDENTIALS;
        int mode = random.nextInt(3);
        this.endings = mode == 0 ? new String[] {"\n"} : mode == 1 ? new String[] {"\r\n"} : new String[] {"\n", "\r\n"};
        generate();
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Byte offset of a character offset. */
    int byteOffset(int charOffset) {
        return text.substring(0, charOffset).getBytes(StandardCharsets.UTF_8).length;
    }

    int byteLength() {
        return bytes().length;
    }

    String newValue() {
        String value = word(random.nextInt(12));
        return PythonText.strip(value.replace('\t', 'x'));
    }

    private void generate() {
        repeat(random.nextInt(3), this::commentOrBlank);
        int count = 1 + random.nextInt(7);
        for (int i = 0; i < count; i++) {
            section(i);
        }
        if (random.nextInt(10) < 3) {
            text.setLength(text.length() - (text.charAt(text.length() - 2) == '\r' ? 2 : 1));
            if (text.length() == 0 || text.charAt(text.length() - 1) == '\n' || text.charAt(text.length() - 1) == '\r') {
                text.append("x = y");
            }
        }
    }

    private void section(int index) {
        String profile = index == 0 && random.nextBoolean() ? "default" : "p" + index + (random.nextBoolean() ? "-long-term" : "");
        String name = kind == ProfileFileKind.CONFIG && !profile.equals("default") ? "profile " + profile : profile;
        sections.add(new Section(profile, name, text.length()));
        line("[" + name + "]" + (random.nextInt(8) == 0 ? " # header comment" : ""));
        String indent = random.nextInt(6) == 0 ? "  " : "";
        Set<String> used = new HashSet<>();
        int options = random.nextInt(6);
        for (int i = 0; i < options; i++) {
            String key = KEYS[random.nextInt(KEYS.length)];
            if (!used.add(key)) {
                continue;
            }
            option(indent, randomCase(key));
            if (random.nextInt(4) == 0) {
                commentOrBlank();
            }
        }
        repeat(random.nextInt(3), this::commentOrBlank);
    }

    private void option(String indent, String key) {
        String[] delimiters = {" = ", "=", "\t=\t", ": ", " :", "   =   "};
        String delimiter = delimiters[random.nextInt(delimiters.length)];
        int shape = random.nextInt(6);
        if (shape == 0) {
            line(indent + key + delimiter.stripTrailing());
            int nested = 1 + random.nextInt(3);
            for (int i = 0; i < nested; i++) {
                line(indent + "  " + randomCase("Name" + i) + " = " + word(5));
                if (random.nextInt(4) == 0) {
                    line(random.nextBoolean() ? "" : indent + "  # nested comment");
                }
            }
            return;
        }
        line(indent + key + delimiter + word(1 + random.nextInt(10)) + (random.nextInt(5) == 0 ? "  " : ""));
        if (shape == 1) {
            line(indent + (random.nextBoolean() ? "\t" : "    ") + "continued " + word(4));
            if (random.nextBoolean()) {
                line("");
                line(indent + "   [not-a-section] " + word(3));
            }
        }
    }

    private void commentOrBlank() {
        String[] choices = {"", "# comment " + word(4), "; semicolon", "   ", "\t# indented", "#[commented-out]"};
        line(choices[random.nextInt(choices.length)]);
    }

    private String word(int length) {
        StringBuilder out = new StringBuilder("v");
        for (int i = 0; i < length; i++) {
            out.append(VALUE_CHARS.charAt(random.nextInt(VALUE_CHARS.length())));
        }
        return out.toString();
    }

    private String randomCase(String key) {
        int mode = random.nextInt(4);
        return mode == 0 ? key.toUpperCase(Locale.ROOT) : mode == 1 && key.length() > 1
                ? Character.toUpperCase(key.charAt(0)) + key.substring(1) : key;
    }

    private void line(String content) {
        text.append(content).append(endings[random.nextInt(endings.length)]);
    }

    private void repeat(int times, Runnable action) {
        for (int i = 0; i < times; i++) {
            action.run();
        }
    }
}
