package dev.awsmfa.mfa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Whether a process that is not our child has ended, as Linux's /proc shows it. */
final class ProcessStates {
    private ProcessStates() {
    }

    /**
     * True once the process is gone or a zombie (killed, waiting for a parent that may never reap
     * it in a container); false if it still runs after {@code limit}.
     */
    static boolean endsWithin(long pid, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!runs(pid)) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !runs(pid);
    }

    private static boolean runs(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The state follows the command name in parentheses, which may itself hold spaces.
            char state = stat.substring(stat.lastIndexOf(')') + 2).charAt(0);
            return state != 'Z' && state != 'X';
        } catch (IOException gone) {
            return false;
        }
    }
}
