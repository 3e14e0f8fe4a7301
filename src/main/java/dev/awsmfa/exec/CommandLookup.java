package dev.awsmfa.exec;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.exec.FileKinds.Kind;
import java.io.IOException;

/**
 * Finds the command before it is started, as execvp and the shells search, so that a failure gets their exit
 * status and one line naming it: 127 when there is no such command, 126 when there is one that cannot be run.
 */
public final class CommandLookup {
    /** execvp's search path when PATH is unset. */
    static final String DEFAULT_PATH = "/bin:/usr/bin";

    private CommandLookup() {
    }

    /**
     * Returns when {@code name} can be run; throws the failure to exit with otherwise.
     *
     * @param path the PATH variable, {@code null} when unset
     */
    public static void requireRunnable(String name, String path, FileKinds files) {
        if (name.indexOf('/') >= 0) {
            Kind kind = files.of(name);
            if (kind == Kind.MISSING) {
                throw notFound(name + " (no such file)");
            }
            if (kind == Kind.DIRECTORY) {
                throw new AwsMfaException(ExitCode.COMMAND_NOT_EXECUTABLE, "Command not executable: " + name
                        + " is a directory.");
            }
            if (kind == Kind.NOT_EXECUTABLE) {
                throw notExecutable(name, name);
            }
            return;
        }
        String notExecutable = null;
        // An empty entry is the current directory, as for execvp and the shells.
        for (String directory : (path == null ? DEFAULT_PATH : path).split(":", -1)) {
            String candidate = (directory.isEmpty() ? "." : directory) + "/" + name;
            Kind kind = name.isEmpty() ? Kind.MISSING : files.of(candidate);
            if (kind == Kind.EXECUTABLE) {
                return;
            }
            if (kind == Kind.NOT_EXECUTABLE && notExecutable == null) {
                notExecutable = candidate;
            }
        }
        if (notExecutable != null) {
            throw notExecutable(name, notExecutable);
        }
        throw notFound("'" + name + "' (in no directory of PATH)");
    }

    /**
     * The failure for a command that was found but did not start: the system's reason, and 127 when it says
     * "no such file" (a missing #! interpreter, a command gone meanwhile, Windows' own search), as env does.
     */
    public static AwsMfaException startFailure(String name, IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int reason = message.indexOf("error=");
        String why = reason >= 0 ? message.substring(reason) : e.getClass().getSimpleName();
        boolean missing = why.startsWith("error=2,");
        return new AwsMfaException(missing ? ExitCode.COMMAND_NOT_FOUND : ExitCode.COMMAND_NOT_EXECUTABLE,
                "Command cannot be run: " + name + " (" + why + ").", e);
    }

    private static AwsMfaException notFound(String what) {
        return new AwsMfaException(ExitCode.COMMAND_NOT_FOUND, "Command not found: " + what + ".");
    }

    private static AwsMfaException notExecutable(String name, String file) {
        return new AwsMfaException(ExitCode.COMMAND_NOT_EXECUTABLE, "Command not executable: " + file
                + " has no execute permission: chmod +x it, or name its interpreter (awsmfa exec -- sh " + name
                + ").");
    }
}
