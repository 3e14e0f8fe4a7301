package dev.awsmfa.cache;

import dev.awsmfa.Env;
import dev.awsmfa.Platform;
import dev.awsmfa.files.FileStat;
import dev.awsmfa.files.PrivateFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * awsmfa's cache directory, by the rule the launchers share: their {@value #PROPERTY} system property when
 * set; else {@code %LOCALAPPDATA%\awsmfa} on Windows; else {@code $XDG_CACHE_HOME/awsmfa} when absolute; else
 * {@code ~/Library/Caches/awsmfa} on macOS, {@code ~/.cache/awsmfa} elsewhere. It holds the class-data archives
 * and the reused-code guard's hashes, so it is used only when no one else can write it: an absolute path
 * without a blank or path separator (the JVM's archive flags cannot carry them), a directory (not a link) of
 * this user without group or other write, every directory above it this user's or root's and writable by no
 * one else (unless sticky, as {@code /tmp}). Otherwise it is not touched, and {@link #describe()} says why.
 */
public final class CacheDirectory {
    public static final String PROPERTY = "awsmfa.cache.dir";

    private final String path;
    private Path resolved;
    private Optional<Path> trusted;
    private String refusal;

    private CacheDirectory(String path) {
        this.path = path;
    }

    public static CacheDirectory of(Env env) {
        String given = System.getProperty(PROPERTY);
        return new CacheDirectory(given != null ? given : locate(env, Platform.WINDOWS, Platform.MAC));
    }

    /** The directory the rule names, or {@code null} when the environment names none. */
    static String locate(Env env, boolean windows, boolean mac) {
        if (windows) {
            Optional<String> local = env.get("LOCALAPPDATA");
            Optional<String> profile = env.get("USERPROFILE");
            String base = local.isPresent() ? local.get()
                    : profile.isPresent() ? profile.get() + "\\AppData\\Local" : null;
            return base == null ? null : base + "\\awsmfa";
        }
        Optional<String> xdg = env.get("XDG_CACHE_HOME");
        if (xdg.isPresent() && xdg.get().startsWith("/")) {
            return xdg.get() + "/awsmfa";
        }
        Optional<String> home = env.get("HOME");
        if (home.isEmpty()) {
            return null;
        }
        return home.get() + (mac ? "/Library/Caches/awsmfa" : "/.cache/awsmfa");
    }

    /** The directory to use (created if missing), or empty when it must not be used. */
    public synchronized Optional<Path> trusted() {
        if (trusted == null) {
            refusal = check();
            trusted = refusal == null ? Optional.of(resolved) : Optional.empty();
        }
        return trusted;
    }

    /**
     * The directory to read from, when it exists and may be used; never created: for commands that only look
     * (a missing directory holds nothing to show, and looking must leave no trace).
     */
    public Optional<Path> existingTrusted() {
        return trusted != null || exists() ? trusted() : Optional.empty();
    }

    /** Whether the directory the rule names is there (a link to one counts: {@link #trusted()} refuses it). */
    public boolean exists() {
        return path != null && !path.isEmpty() && Files.isDirectory(Path.of(path));
    }

    /** One line for DEBUG output: which directory, and whether it is used. */
    public String describe() {
        if (trusted().isPresent()) {
            return "cache directory " + trusted.get() + ": used";
        }
        return path == null ? "no cache directory: " + refusal : "cache directory " + path + ": not used: " + refusal;
    }

    private String check() {
        if (path == null || path.isEmpty()) {
            return "neither XDG_CACHE_HOME nor HOME is set";
        }
        if (!Path.of(path).isAbsolute()) {
            return "not an absolute path";
        }
        for (int i = 0; i < path.length(); i++) {
            if (Character.isWhitespace(path.charAt(i)) || path.charAt(i) == File.pathSeparatorChar) {
                return "its path holds a blank or '" + File.pathSeparatorChar
                        + "', which the JVM's archive flags cannot carry";
            }
        }
        if (Platform.WINDOWS) {
            // %LOCALAPPDATA% is private to the user by its ACL; there are no POSIX owners to check.
            resolved = Path.of(path);
            return create(resolved);
        }
        try {
            return checkPosix(Path.of(path));
        } catch (IOException | RuntimeException e) {
            return "cannot be checked (" + e.getClass().getSimpleName() + ")";
        }
    }

    private String checkPosix(Path dir) throws IOException {
        long uid = Platform.uid();
        if (uid == Platform.NO_UID) {
            return "this Java runtime cannot tell the user id to check its owner against";
        }
        if (FileStat.ofLink(dir).is(FileStat.Type.SYMLINK)) {
            return "it is a symbolic link";
        }
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return "no part of its path exists";
        }
        // Every directory above it: another user able to rename one could swap the whole tree.
        Path real = existing.toRealPath();
        for (Path above = existing.equals(dir) ? real.getParent() : real; above != null; above = above.getParent()) {
            FileStat stat = FileStat.ofLink(above);
            if (stat.uid() != 0 && stat.uid() != uid) {
                return above + " belongs to another user (uid " + stat.uid() + ")";
            }
            if (stat.writableByOthers() && !stat.sticky()) {
                return above + " can be written by other users";
            }
        }
        String created = create(dir);
        if (created != null) {
            return created;
        }
        // Used by its real path from here on: no link on the way can be turned elsewhere later.
        resolved = dir.toRealPath();
        FileStat self = FileStat.ofLink(resolved);
        if (!self.is(FileStat.Type.DIRECTORY)) {
            return "it is " + self.type().description() + ", not a directory";
        }
        if (self.uid() != uid) {
            return "it belongs to uid " + self.uid() + ", not to this user (uid " + uid + ")";
        }
        if (self.writableByOthers()) {
            return "other users can write it (mode " + Integer.toOctalString(self.permissions()) + ")";
        }
        return null;
    }

    private static String create(Path dir) {
        try {
            PrivateFiles.createDirectories(dir);
            return null;
        } catch (IOException | RuntimeException e) {
            return "cannot be created (" + e.getClass().getSimpleName() + ")";
        }
    }
}
