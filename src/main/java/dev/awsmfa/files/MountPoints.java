package dev.awsmfa.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a file is itself a mount point, as a single file bind-mounted into a container is
 * ({@code docker run -v ~/.aws/credentials:/root/.aws/credentials}): nothing can be renamed over
 * it, so it can only be rewritten in place. Read from Linux's {@code /proc/self/mountinfo}; other
 * systems answer no, and a rename that fails there falls back the same way.
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
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder text = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && isOctal(field, i + 1)) {
                text.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static boolean isOctal(String field, int from) {
        for (int i = from; i < from + 3; i++) {
            if (i >= field.length() || field.charAt(i) < '0' || field.charAt(i) > '7') {
                return false;
            }
        }
        return true;
    }
}
