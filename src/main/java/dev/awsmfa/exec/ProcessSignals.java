package dev.awsmfa.exec;

import dev.awsmfa.Platform;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;

/** Sends a signal to a started process: SIGTERM through Java's own destroy, any other through kill(1). */
final class ProcessSignals implements SignalRelay.Child {
    private final Process process;

    ProcessSignals(Process process) {
        this.process = process;
    }

    @Override
    public void signal(String name) {
        if (!process.isAlive()) {
            return;
        }
        if (name.equals("TERM")) {
            process.destroy();
            return;
        }
        // Java sends only SIGTERM and SIGKILL; the shell's kill builtin sends the rest, by name.
        try {
            new ProcessBuilder("/bin/sh", "-c", "kill -s " + name + " " + process.pid())
                    .redirectInput(Platform.nullDevice()).redirectOutput(Redirect.DISCARD)
                    .redirectError(Redirect.INHERIT).start().waitFor();
        } catch (IOException e) {
            // No shell: the nearest signal that still asks the command to end.
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
