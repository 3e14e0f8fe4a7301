package dev.awsmfa.files;

import dev.awsmfa.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.UserPrincipal;

/**
 * The owner a file keeps when root writes it: root running with a user's HOME ({@code sudo -E},
 * {@code su -m}) must leave that user's credentials, lock file and directories theirs, or the user
 * can no longer read or refresh them.
 */
record Ownership(UserPrincipal user, GroupPrincipal group) {

    /**
     * What to give the files written for {@code file}: its own owner, or for a new file that of
     * the nearest directory above it; {@code null} when not running as root, or when that is root.
     */
    static Ownership toKeep(Path file) throws IOException {
        if (!Platform.isRoot()) {
            return null;
        }
        Path from = file;
        while (from != null && !Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            from = from.getParent();
        }
        if (from == null) {
            return null;
        }
        PosixFileAttributes attributes = Files.readAttributes(from, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return FileStat.ofLink(from).uid() == 0 ? null : new Ownership(attributes.owner(), attributes.group());
    }

    /** Gives {@code path} this owner and group; {@code ownership} may be null (nothing to keep). */
    static void apply(Ownership ownership, Path path) throws IOException {
        if (ownership != null) {
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS);
            view.setOwner(ownership.user());
            view.setGroup(ownership.group());
        }
    }
}
