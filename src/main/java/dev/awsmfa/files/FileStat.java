package dev.awsmfa.files;

import dev.awsmfa.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/** What a path names, from one {@code stat}: its type, POSIX owner ({@link Platform#NO_UID} elsewhere) and mode. */
public record FileStat(Type type, long uid, long gid, int mode, long size) {
    private static final int GROUP_OR_OTHER_WRITE = 0022;
    private static final int STICKY = 01000;

    /** The kinds of file a path can name, each as a message says it. */
    public enum Type {
        MISSING("missing"),
        REGULAR("a regular file"),
        DIRECTORY("a directory"),
        SYMLINK("a symbolic link"),
        CHARACTER_DEVICE("a character device"),
        BLOCK_DEVICE("a block device"),
        PIPE("a pipe (a FIFO, or <(...) of a shell)"),
        SOCKET("a socket"),
        OTHER("a special file");

        private final String description;

        Type(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** Follows symbolic links, as opening the path would. */
    public static FileStat of(Path path) throws IOException {
        return read(path);
    }

    /** The path itself: a symbolic link is reported as one. */
    public static FileStat ofLink(Path path) throws IOException {
        return read(path, LinkOption.NOFOLLOW_LINKS);
    }

    private static FileStat read(Path path, LinkOption... options) throws IOException {
        try {
            if (Platform.WINDOWS) {
                BasicFileAttributes basic = Files.readAttributes(path, BasicFileAttributes.class, options);
                Type type = basic.isRegularFile() ? Type.REGULAR : basic.isDirectory() ? Type.DIRECTORY
                        : basic.isSymbolicLink() ? Type.SYMLINK : Type.OTHER;
                return new FileStat(type, Platform.NO_UID, Platform.NO_UID, 0, basic.size());
            }
            Map<String, Object> unix = Files.readAttributes(path, "unix:mode,uid,gid,size", options);
            int mode = (Integer) unix.get("mode");
            return new FileStat(typeOf(mode), (Integer) unix.get("uid"), (Integer) unix.get("gid"), mode,
                    (Long) unix.get("size"));
        } catch (NoSuchFileException e) {
            return new FileStat(Type.MISSING, Platform.NO_UID, Platform.NO_UID, 0, 0);
        }
    }

    private static Type typeOf(int mode) {
        return switch (mode & 0170000) {
            case 0100000 -> Type.REGULAR;
            case 0040000 -> Type.DIRECTORY;
            case 0120000 -> Type.SYMLINK;
            case 0020000 -> Type.CHARACTER_DEVICE;
            case 0060000 -> Type.BLOCK_DEVICE;
            case 0010000 -> Type.PIPE;
            case 0140000 -> Type.SOCKET;
            default -> Type.OTHER;
        };
    }

    public boolean is(Type kind) {
        return type == kind;
    }

    /** Group or others may write it (with ACLs, the group bits are the mask, so this covers them too). */
    public boolean writableByOthers() {
        return (mode & GROUP_OR_OTHER_WRITE) != 0;
    }

    /** A directory in which only an entry's owner may rename or delete it ({@code /tmp}). */
    public boolean sticky() {
        return (mode & STICKY) != 0;
    }

    /** The permission bits, for {@code chmod}. */
    public int permissions() {
        return mode & 07777;
    }

    /** The permission bits as {@code ls} shows them: {@code rw-r--r--}. */
    public String permissionText() {
        StringBuilder text = new StringBuilder(9);
        for (int bit = 8; bit >= 0; bit--) {
            text.append((mode & 1 << bit) == 0 ? '-' : "xwr".charAt(bit % 3));
        }
        return text.toString();
    }
}
