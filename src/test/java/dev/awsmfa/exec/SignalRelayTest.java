package dev.awsmfa.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The relay's bookkeeping with a fake child; the real signals are ExecIT's. */
class SignalRelayTest {
    static final class RecordingChild implements SignalRelay.Child {
        final List<String> received = new ArrayList<>();

        @Override
        public void signal(String name) {
            received.add(name);
        }
    }

    @Test
    void a_signal_that_comes_while_the_command_starts_is_passed_on_once_it_exists() {
        SignalRelay relay = new SignalRelay();
        relay.received("TERM");
        relay.received("HUP");
        RecordingChild child = new RecordingChild();
        relay.attach(child);
        assertEquals(List.of("TERM", "HUP"), child.received);
        relay.received("TERM");
        assertEquals(List.of("TERM", "HUP", "TERM"), child.received);
    }

    @Test
    void nothing_is_passed_on_twice() {
        SignalRelay relay = new SignalRelay();
        relay.received("HUP");
        RecordingChild child = new RecordingChild();
        relay.attach(child);
        relay.attach(child);
        assertEquals(List.of("HUP"), child.received);
    }
}
