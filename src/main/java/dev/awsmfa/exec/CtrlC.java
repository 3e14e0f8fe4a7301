package dev.awsmfa.exec;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C caught for a while, as a "skip" rather than the end of awsmfa: while a run waits for a device's next
 * code, Ctrl-C gives up that wait only. Closing it puts back the handler found (the JVM's, which ends the
 * process), so Ctrl-C at a prompt still stops everything.
 */
public final class CtrlC implements AutoCloseable {
    private volatile boolean pressed;
    private Signal signal;
    private SignalHandler previous;

    private CtrlC() {
    }

    /** Starts catching SIGINT; where the JVM keeps it ({@code -Xrs}), Ctrl-C keeps its usual meaning. */
    public static CtrlC watch() {
        CtrlC watch = new CtrlC();
        try {
            watch.signal = new Signal("INT");
            watch.previous = Signal.handle(watch.signal, new Pressed(watch));
        } catch (IllegalArgumentException reserved) {
            watch.signal = null;
        }
        return watch;
    }

    public boolean pressed() {
        return pressed;
    }

    @Override
    public void close() {
        if (signal != null && previous != null) {
            Signal.handle(signal, previous);
        }
        signal = null;
    }

    private static final class Pressed implements SignalHandler {
        private final CtrlC watch;

        Pressed(CtrlC watch) {
            this.watch = watch;
        }

        @Override
        public void handle(Signal signal) {
            watch.pressed = true;
        }
    }
}
