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
        // Linux tells through /proc without the JAAS native library, whose loading costs every start that
        // checks the cache directory (and, on Java 25, every start: its classes are in the linked archive).
        long fromProc = realUidFromProc();
        if (fromProc != NO_UID) {
            return fromProc;
        }
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid();
        } catch (LinkageError | RuntimeException noJaas) {
            return NO_UID;
        }
    }

    /** The real user id on the "Uid:" line of /proc/self/status (real, effective, saved, file system); or NO_UID. */
    static long realUidFromProc() {
        byte[] status;
        try {
            status = Files.readAllBytes(Path.of("/proc/self/status"));
        } catch (IOException | RuntimeException notLinux) {
            return NO_UID;
        }
        return realUid(new String(status, java.nio.charset.StandardCharsets.US_ASCII));
    }

    static long realUid(String status) {
        int line = status.startsWith("Uid:") ? 0 : status.indexOf("\nUid:") + 1;
        if (line == 0 && !status.startsWith("Uid:")) {
            return NO_UID;
        }
        int at = line + "Uid:".length();
        while (at < status.length() && (status.charAt(at) == '\t' || status.charAt(at) == ' ')) {
            at++;
        }
        int end = at;
        while (end < status.length() && status.charAt(end) >= '0' && status.charAt(end) <= '9') {
            end++;
        }
        try {
            return end > at ? Long.parseLong(status.substring(at, end)) : NO_UID;
        } catch (NumberFormatException tooLong) {
            return NO_UID;
        }
    }
}
