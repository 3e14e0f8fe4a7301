package dev.awsmfa.files;

import dev.awsmfa.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file a path names once the user's links are followed (to a target that may not exist yet), so that a
 * write leaves a link a link, as with a credentials file kept in a dotfiles repository. Another user's link is
 * followed only to that user's file (or directory, for a new file): else a user could aim root, running with
 * their HOME, at any file of the system.
 */
final class SymlinkTarget {
    private static final int MAX_LINKS = 40;

    private SymlinkTarget() {
    }

    static Path of(Path file) throws IOException {
        Path current = file.toAbsolutePath();
        for (int i = 0; i < MAX_LINKS; i++) {
            FileStat link = FileStat.ofLink(current);
            if (!link.is(FileStat.Type.SYMLINK)) {
                return current;
            }
            Path target = current.getParent().resolve(Files.readSymbolicLink(current)).toAbsolutePath().normalize();
            if (link.uid() != Platform.uid() && link.uid() != Platform.NO_UID && link.uid() != owner(target)) {
                throw new IOException("the symbolic link " + current + " belongs to uid " + link.uid() + " and points "
                        + "at a file of another owner: awsmfa follows such a link only to its owner's files");
            }
            current = target;
        }
        throw new IOException("too many levels of symbolic links");
    }

    /** The owner of a path, or of the nearest existing directory above it. */
    private static long owner(Path path) throws IOException {
        for (Path p = path; p != null; p = p.getParent()) {
            FileStat stat = FileStat.ofLink(p);
            if (!stat.is(FileStat.Type.MISSING)) {
                return stat.uid();
            }
        }
        return Platform.NO_UID;
    }
}
