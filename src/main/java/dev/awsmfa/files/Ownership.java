package dev.awsmfa.files;

import dev.awsmfa.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The owner a file keeps when root writes it: root running with a user's HOME ({@code sudo -E}, {@code su -m})
 * must leave that user's files and directories theirs, or the user can no longer read or refresh them.
 */
record Ownership(long uid, long gid) {

    /**
     * What to give the files written for {@code file}: its own owner, or for a new file that of
     * the nearest directory above it; {@code null} when not running as root, or when that is root.
     */
    static Ownership toKeep(Path file) throws IOException {
        if (!Platform.isRoot()) {
            return null;
        }
        for (Path from = file; from != null; from = from.getParent()) {
            FileStat stat = FileStat.ofLink(from);
            if (!stat.is(FileStat.Type.MISSING)) {
                return stat.uid() == 0 ? null : new Ownership(stat.uid(), stat.gid());
            }
        }
        return null;
    }

    /** Gives {@code path} this owner and group; {@code ownership} may be null (nothing to keep). */
    static void apply(Ownership ownership, Path path) throws IOException {
        if (ownership != null) {
            Files.setAttribute(path, "unix:uid", (int) ownership.uid(), LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(path, "unix:gid", (int) ownership.gid(), LinkOption.NOFOLLOW_LINKS);
        }
    }
}
