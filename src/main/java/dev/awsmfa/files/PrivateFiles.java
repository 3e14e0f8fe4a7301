package dev.awsmfa.files;

import dev.awsmfa.Platform;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/** Owner-only directories (0700) and files (0600) for secrets, where POSIX permissions exist (Windows ACLs inherit). */
public final class PrivateFiles {
    private PrivateFiles() {
    }

    /**
     * The modes, built on first use: a permission set is an EnumSet, whose creation reads the enum's constants by
     * reflection, and most runs that check a directory create nothing.
     */
    static final class OwnerOnly {
        static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
        static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

        private OwnerOnly() {
        }
    }

    /** The attribute that creates a file owner-only, or none without POSIX permissions. */
    static FileAttribute<?>[] ownerOnly() {
        return Platform.WINDOWS ? new FileAttribute<?>[0]
                : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OwnerOnly.FILE)};
    }

    /** Creates the directory and any missing parents, each new one owner-only. */
    public static void createDirectories(Path directory) throws IOException {
        createDirectories(directory, null);
    }

    /** The same, each new directory given {@code ownership} (when root writes for a user). */
    static void createDirectories(Path directory, Ownership ownership) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = directory.toAbsolutePath(); p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path next = missing.pop();
            Path created;
            try {
                created = Files.createDirectory(next, Platform.WINDOWS ? new FileAttribute<?>[0]
                        : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OwnerOnly.DIRECTORY)});
            } catch (FileAlreadyExistsException e) {
                // Another process (four shells opened at once, the launcher's training) made it meanwhile: a
                // directory is what was wanted, and whoever checks it checks its owner and mode; anything else
                // at that name is refused.
                if (!Files.isDirectory(next, LinkOption.NOFOLLOW_LINKS)) {
                    throw e;
                }
                continue;
            }
            if (!Platform.WINDOWS) {
                // The umask may have narrowed the mode at creation; set it exactly.
                Files.setPosixFilePermissions(created, OwnerOnly.DIRECTORY);
                Ownership.apply(ownership, created);
            }
        }
    }
}
