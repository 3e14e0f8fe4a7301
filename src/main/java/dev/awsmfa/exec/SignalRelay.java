package dev.awsmfa.exec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * awsmfa's signals while its command runs, as env, sudo and aws-vault leave them. The terminal sends Ctrl-C's
 * SIGINT to the whole foreground process group, the command included, so awsmfa only survives it and waits
 * for the command to finish its own way. SIGTERM and SIGHUP reach awsmfa alone (kill, a closed terminal
 * window, a service manager), so they are passed on. The handlers catch, never ignore: a caught signal is back
 * to its default in the command once it starts, an ignored one would stay ignored there. SIGQUIT is the JVM's
 * own (its thread dump, which the launcher silences for exec); Java code cannot take it.
 */
final class SignalRelay {
    /** The started command, as something signals can be sent to. */
    interface Child {
        void signal(String name);
    }

    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
    private final List<String> pending = new ArrayList<>();
    private Child child;

    /** Installs the handlers: Ctrl-C only, on Windows, whose consoles have no SIGTERM or SIGHUP to pass on. */
    static SignalRelay install(boolean windows) {
        SignalRelay relay = new SignalRelay();
        relay.handle("INT", new Survive());
        if (!windows) {
            relay.handle("TERM", new Forward(relay));
            relay.handle("HUP", new Forward(relay));
        }
        return relay;
    }

    private void handle(String name, SignalHandler handler) {
        Signal signal;
        SignalHandler old;
        try {
            signal = new Signal(name);
            old = Signal.handle(signal, handler);
        } catch (IllegalArgumentException reserved) {
            // The JVM keeps it (AWSMFA_JAVA_OPTS=-Xrs) or the platform has none: its default stays.
            return;
        }
        // Ignored when the JVM started (nohup, a background job of a script): the JVM leaves it ignored, and so
        // will the command; nothing to restore.
        if (old != SignalHandler.SIG_IGN) {
            previous.put(signal, old);
        }
    }

    /** From now on signals go to {@code started}; those that came while it was being started go first. */
    synchronized void attach(Child started) {
        child = started;
        for (String name : pending) {
            started.signal(name);
        }
        pending.clear();
    }

    synchronized void received(String name) {
        if (child == null) {
            pending.add(name);
        } else {
            child.signal(name);
        }
    }

    /** Puts back the handlers found (the JVM's own, which shut it down). */
    void restore() {
        for (Map.Entry<Signal, SignalHandler> entry : previous.entrySet()) {
            Signal.handle(entry.getKey(), entry.getValue());
        }
        previous.clear();
    }

    private static final class Survive implements SignalHandler {
        @Override
        public void handle(Signal signal) {
            // The command got the same Ctrl-C from the terminal and decides what it means.
        }
    }

    private static final class Forward implements SignalHandler {
        private final SignalRelay relay;

        Forward(SignalRelay relay) {
            this.relay = relay;
        }

        @Override
        public void handle(Signal signal) {
            relay.received(signal.getName());
        }
    }
}
