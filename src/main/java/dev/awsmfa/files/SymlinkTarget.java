package dev.awsmfa.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file a path really names once symlinks are followed (also when the final target does not
 * exist yet), so a write replaces the target and leaves the link a link.
 */
final class SymlinkTarget {
    private static final int MAX_LINKS = 40;

    private SymlinkTarget() {
    }

    static Path of(Path file) throws IOException {
        Path current = file.toAbsolutePath();
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(current); i++) {
            Path target = Files.readSymbolicLink(current);
            current = current.getParent().resolve(target).toAbsolutePath();
        }
        if (Files.isSymbolicLink(current)) {
            throw new IOException("too many levels of symbolic links");
        }
        return current;
    }
}
