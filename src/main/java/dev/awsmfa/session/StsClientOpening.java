package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Opens the STS gateway on its own thread while the code is typed (or a code command runs): setting up the SDK
 * takes longer than the call, and the wait after Enter should be the network's alone.
 */
final class StsClientOpening {
    private final FutureTask<StsGateway> task;

    private StsClientOpening(FutureTask<StsGateway> task) {
        this.task = task;
    }

    static StsClientOpening start(StsGatewayFactory sts, StsTarget target) {
        FutureTask<StsGateway> task = new FutureTask<>(() -> sts.open(target));
        Thread thread = new Thread(task, "awsmfa-sts-client");
        // A run that ends before the code is given (no terminal, a refused code) does not wait for it.
        thread.setDaemon(true);
        thread.start();
        return new StsClientOpening(task);
    }

    /** The gateway, once opened; what opening it threw, as it was thrown. */
    StsGateway get() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwsMfaException(ExitCode.NETWORK, "interrupted while setting up the STS client", e);
        }
    }

    /** Closes the gateway if it was opened; one still being opened is left to the ending process. */
    void close() {
        if (task.isDone()) {
            try {
                task.get().close();
            } catch (ExecutionException | RuntimeException e) {
                // Opening failed: nothing to close.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
