package dev.awsmfa.mfa;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a program in the directories of PATH: the first regular, executable file of that name; on Windows also
 * with each extension of PATHEXT ({@code powershell} is {@code powershell.exe}). An empty entry is the current
 * directory on POSIX, as for execvp, and ignored on Windows.
 */
public final class PathSearch implements ProgramFinder {
    /** execvp's search path when PATH is unset. */
    private static final String DEFAULT_POSIX_PATH = "/bin:/usr/bin";
    private static final String DEFAULT_PATHEXT = ".COM;.EXE;.BAT;.CMD";

    private final String path;
    private final boolean windows;
    private final String pathext;

    /** @param path PATH, {@code null} when unset; @param pathext PATHEXT (Windows), {@code null} when unset */
    public PathSearch(String path, boolean windows, String pathext) {
        this.path = path == null ? (windows ? "" : DEFAULT_POSIX_PATH) : path;
        this.windows = windows;
        this.pathext = pathext == null || pathext.isBlank() ? DEFAULT_PATHEXT : pathext;
    }

    @Override
    public Optional<String> find(String name) {
        String separator = windows ? ";" : ":";
        int start = 0;
        while (start <= path.length()) {
            int end = path.indexOf(separator, start);
            String directory = path.substring(start, end < 0 ? path.length() : end);
            start = end < 0 ? path.length() + 1 : end + 1;
            if (directory.isEmpty() && windows) {
                continue;
            }
            Optional<String> found = inDirectory(directory.isEmpty() ? "." : directory, name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<String> inDirectory(String directory, String name) {
        if (!windows) {
            return runnable(directory, name);
        }
        for (String extension : pathext.split(";")) {
            Optional<String> found = runnable(directory, name + extension.toLowerCase(Locale.ROOT));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> runnable(String directory, String file) {
        try {
            Path candidate = Path.of(directory + File.separator + file);
            return Files.isRegularFile(candidate) && Files.isExecutable(candidate)
                    ? Optional.of(candidate.toString()) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
