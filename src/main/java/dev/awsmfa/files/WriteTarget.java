package dev.awsmfa.files;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.Platform;
import dev.awsmfa.profile.ProfileFileException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An AWS file awsmfa is about to write, checked before anything is asked or sent: where it really is (the
 * user's links followed, {@link SymlinkTarget}), that it is a regular file or absent, that and how it can be
 * written: replaced atomically ({@link AtomicFileWriter}), or, where nothing can be renamed over it (a file
 * bind-mounted into a container, a directory that takes no new file), rewritten in place, under the lock, with
 * fsync, as aws-mfa always does. What it creates stays the user's when root writes for them.
 */
public final class WriteTarget {
    private final Path named;
    private final Path file;
    private final String variable;
    private final Ownership ownership;
    private boolean probed;
    /** Why the file is rewritten in place; {@code null} while it is replaced atomically. */
    private String inPlaceBecause;

    private WriteTarget(Path named, Path file, String variable, Ownership ownership) {
        this.named = named;
        this.file = file;
        this.variable = variable;
        this.ownership = ownership;
    }

    /** Exit 3 when the path names something other than a regular file; {@code variable} names it in messages. */
    public static WriteTarget of(Path named, String variable) {
        try {
            Path file = SymlinkTarget.of(named);
            FileStat stat = FileStat.ofLink(file);
            if (!stat.is(FileStat.Type.MISSING) && !stat.is(FileStat.Type.REGULAR)) {
                throw new ProfileFileException(named.toString(), 0, "is " + stat.type().description()
                        + ", not a regular file: awsmfa writes and locks only regular files, and never replaces "
                        + "anything else. Point " + variable + " at a file.");
            }
            return new WriteTarget(named, file, variable, Ownership.toKeep(file));
        } catch (IOException e) {
            throw new ProfileFileException(named.toString(), 0, "cannot be written: " + e.getMessage() + ".");
        }
    }

    /** The file itself, links followed. */
    public Path file() {
        return file;
    }

    /** {@code .credentials.awsmfa.lock} beside the file itself. */
    public Path lockFile() {
        return file.resolveSibling("." + file.getFileName() + ".awsmfa.lock");
    }

    Ownership ownership() {
        return ownership;
    }

    /**
     * Makes sure the file can be written before an MFA code is asked for or spent (else exit 3): creates its
     * directory, then a file in it and renames that (as an atomic write does), or else finds it writable in place.
     */
    public void probe() {
        if (probed) {
            return;
        }
        Path directory = file.getParent();
        try {
            PrivateFiles.createDirectories(directory, ownership);
        } catch (IOException e) {
            throw cannotWrite("its directory cannot be created (" + describe(e) + ")");
        }
        if (MountPoints.isMountPoint(file)) {
            inPlace("it is a mount point, as a file bind-mounted into a container is: nothing can be renamed over it");
        } else {
            Path temp = null;
            try {
                temp = AtomicFileWriter.createTemporary(directory, file.getFileName().toString());
                Path renamed = AtomicFileWriter.createTemporary(directory, file.getFileName().toString());
                Files.move(temp, renamed, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                temp = renamed;
            } catch (IOException e) {
                inPlace("its directory " + directory + " takes no new file (" + describe(e) + ")");
            } finally {
                AtomicFileWriter.deleteQuietly(temp);
            }
        }
        probed = true;
    }

    private void inPlace(String because) {
        if (!Files.isRegularFile(file) || !Files.isWritable(file)) {
            throw cannotWrite(because + ", and the file itself "
                    + (Files.exists(file) ? "is not writable" : "does not exist"));
        }
        inPlaceBecause = because;
    }

    /**
     * Replaces the content with what {@code change} makes of the current one, read again at the last moment
     * under an advisory lock on the file itself (where the OS allows), so that a tool that locks it is waited
     * for and an edit made since the caller read it is seen. Returns how it was written, for DEBUG output.
     */
    public String update(ContentChange change, Duration lockTimeout) {
        probe();
        try (FileChannel channel = openExisting()) {
            if (channel != null) {
                awaitLock(channel, lockTimeout);
            }
            byte[] current = channel != null ? FileContents.readAtMost(channel.position(0), (int) channel.size())
                    : FileContents.read(file, variable);
            byte[] next = change.apply(current);
            if (inPlaceBecause == null) {
                try {
                    AtomicFileWriter.replace(file, next, ownership, Duration.ZERO);
                    return "replaced atomically";
                } catch (AtomicFileWriter.RenameFailed e) {
                    if (channel == null) {
                        throw e;
                    }
                    inPlace("renaming over it failed (" + describe(e.getCause()) + ")");
                }
            }
            channel.position(0);
            AtomicFileWriter.writeFully(channel, next);
            channel.truncate(next.length);
            channel.force(true);
            return "rewritten in place: " + inPlaceBecause;
        } catch (IOException e) {
            throw cannotWrite(describe(e));
        }
    }

    /** The existing file opened for its advisory lock (writable if it may be), or {@code null}. */
    private FileChannel openExisting() throws IOException {
        if (Platform.WINDOWS || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            // On Windows an open file cannot be renamed over; awsmfa's own lock file still serialises awsmfa.
            return inPlaceBecause != null ? FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)
                    : null;
        }
        try {
            return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (AccessDeniedException readOnlyFile) {
            // A read-only file in a writable directory can still be replaced; a shared lock then.
            return FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        }
    }

    private void awaitLock(FileChannel channel, Duration timeout) throws IOException {
        try {
            if (CredentialsLock.await(channel, !Files.isWritable(file), timeout, () -> { }) == null) {
                throw new AwsMfaException(ExitCode.LOCKED, "another program held a lock on " + named + " for more than "
                        + timeout.toSeconds() + " s; the file is unchanged: run awsmfa again once it is done");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwsMfaException(ExitCode.LOCKED, "interrupted while waiting for the lock on " + named, e);
        }
    }

    private AwsMfaException cannotWrite(String reason) {
        return new AwsMfaException(ExitCode.BAD_FILE, "cannot write " + named + ": " + reason + "; the file is "
                + "unchanged. Check the permissions of the file and its directory and the free space, or point "
                + variable + " at a file awsmfa may write.");
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message != null ? ": " + message : "");
    }

    /** What a write makes of the file's current bytes ({@code null} when it does not exist). */
    @FunctionalInterface
    public interface ContentChange {
        byte[] apply(byte[] current);
    }
}
