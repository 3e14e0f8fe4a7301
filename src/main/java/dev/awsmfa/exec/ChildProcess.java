package dev.awsmfa.exec;

import dev.awsmfa.Env;
import dev.awsmfa.Platform;
import dev.awsmfa.UserLocale;
import java.io.IOException;
import java.util.List;

/**
 * Runs an {@link ExecPlan} with awsmfa's stdin, stdout and stderr and waits for it, however long: a command
 * cleaning up after Ctrl-C must not be cut short, nor left running behind a returned prompt.
 */
public final class ChildProcess {
    private ChildProcess() {
    }

    /**
     * The command's exit status: 128+N when signal N ended it (Java reports it so, as shells do).
     *
     * @throws dev.awsmfa.AwsMfaException 127 when the command is not found, 126 when it cannot be run
     */
    public static int run(ExecPlan plan, Env env) {
        List<String> command = plan.command();
        if (!Platform.WINDOWS) {
            CommandLookup.requireRunnable(command.get(0), env.raw("PATH"), FileKinds.SYSTEM);
        }
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        // The launcher may have switched the JVM to a UTF-8 locale: the command gets the user's own back.
        UserLocale.restore(builder.environment());
        builder.environment().keySet().removeAll(plan.remove());
        builder.environment().putAll(plan.set());
        // Before the start, so that no signal finds the JVM's default handler (which would exit, leaving the
        // command behind); one that comes meanwhile is passed on once the command exists.
        SignalRelay relay = SignalRelay.install(Platform.WINDOWS);
        try {
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw CommandLookup.startFailure(command.get(0), e);
            }
            relay.attach(new ProcessSignals(process));
            return waitFor(process);
        } finally {
            relay.restore();
        }
    }

    private static int waitFor(Process process) {
        boolean interrupted = false;
        while (true) {
            try {
                int status = process.waitFor();
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return status;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
    }
}
