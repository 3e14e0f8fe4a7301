package dev.awsmfa.files;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Permissions for files that hold secrets: owner-only directories (0700) and files (0600) where
 * the file system has POSIX permissions; nothing where it has not (Windows ACLs inherit).
 */
final class PrivateFiles {
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    static boolean isPosix(Path path) {
        FileSystem fs = path.getFileSystem();
        return fs.supportedFileAttributeViews().contains("posix");
    }

    /** The attribute that creates a file with these permissions, or none on non-POSIX file systems. */
    static FileAttribute<?>[] creating(Path path, Set<PosixFilePermission> permissions) {
        return isPosix(path) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
    }

    /** Creates the directory and any missing parents, each new one owner-only. */
    static void createDirectories(Path directory) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = directory.toAbsolutePath(); p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path created = Files.createDirectory(missing.pop(), creating(directory, OWNER_ONLY_DIRECTORY));
            if (isPosix(created)) {
                // The umask may have narrowed the mode at creation; set it exactly.
                Files.setPosixFilePermissions(created, OWNER_ONLY_DIRECTORY);
            }
        }
    }
}
