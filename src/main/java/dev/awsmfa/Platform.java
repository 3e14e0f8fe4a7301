package dev.awsmfa;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What awsmfa needs to know of the system it runs on, decided in one place. */
public final class Platform {
    private static final String OS = System.getProperty("os.name", "");
    public static final boolean WINDOWS = OS.startsWith("Windows");
    public static final boolean MAC = OS.startsWith("Mac");
    /** Unknown: not a POSIX system, or a runtime that cannot tell. */
    public static final long NO_UID = -1;
    private static long uid = Long.MIN_VALUE;

    private Platform() {
    }

    /** The null device: stdin for a child process that must not read ours. */
    public static File nullDevice() {
        return new File(WINDOWS ? "NUL" : "/dev/null");
    }

    /** This process's user id, or {@link #NO_UID}. Asked only by the paths that write or use the cache. */
    public static synchronized long uid() {
        if (uid == Long.MIN_VALUE) {
            uid = WINDOWS ? NO_UID : lookUpUid();
        }
        return uid;
    }

    public static boolean isRoot() {
        return uid() == 0;
    }

    private static long lookUpUid() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid();
        } catch (LinkageError | RuntimeException noJaas) {
            // A runtime built without jdk.security.auth: Linux tells through /proc.
            try {
                return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
            } catch (IOException | RuntimeException e) {
                return NO_UID;
            }
        }
    }
}
