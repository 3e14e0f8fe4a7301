package dev.awsmfa.profile;

import java.nio.file.Path;

/**
 * Replaces a file's content so that every reader sees either the old or the new bytes, never a
 * mix: a temporary file in the same directory (created with the final permissions), fsync, atomic
 * rename, fsync of the directory. Keeps the original's mode (new files 0600, a new directory 0700);
 * writes through a symlink to its target so the link stays a link; removes temporary files left by
 * a killed run.
 */
public final class AtomicFileWriter {
    private AtomicFileWriter() {
    }

    public static void write(Path file, byte[] content) {
        throw new UnsupportedOperationException("in progress");
    }
}
