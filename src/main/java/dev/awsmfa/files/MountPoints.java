package dev.awsmfa.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a file is itself a mount point, as one bind-mounted into a container ({@code docker run -v
 * ~/.aws/credentials:/root/.aws/credentials}): nothing can be renamed over it, so it is rewritten in place.
 * From Linux's {@code /proc/self/mountinfo}; elsewhere no, and a failed rename falls back the same way.
 */
final class MountPoints {
    private static final Path MOUNT_INFO = Path.of("/proc/self/mountinfo");
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    private MountPoints() {
    }

    static boolean isMountPoint(Path file) {
        if (!Files.isReadable(MOUNT_INFO)) {
            return false;
        }
        String wanted = file.toAbsolutePath().toString();
        try (InputStream in = Files.newInputStream(MOUNT_INFO)) {
            String table = new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
            for (String line : table.split("\n")) {
                // "36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw": the fifth field.
                String[] fields = line.split(" ");
                if (fields.length > 4 && unescape(fields[4]).equals(wanted)) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /** The kernel writes a blank, tab, newline and backslash in a path as {@code \040} and so on. */
    static String unescape(String field) {
        Matcher octal = Pattern.compile("\\\\([0-7]{3})").matcher(field);
        StringBuilder text = new StringBuilder();
        while (octal.find()) {
            octal.appendReplacement(text,
                    Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(octal.group(1), 8))));
        }
        return octal.appendTail(text).toString();
    }
}
