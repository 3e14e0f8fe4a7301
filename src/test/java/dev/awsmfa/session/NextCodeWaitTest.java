package dev.awsmfa.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.testing.FakeSleeper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wait for a device's next code, on a clock that moves only when it sleeps. */
class NextCodeWaitTest {
    static final String DEVICE = "arn:aws:iam::123456789012:mfa/alice";
    static final Instant NOW = Instant.ofEpochSecond(1_764_331_200L + 18);

    final List<String> lines = new ArrayList<>();
    final Reporter progress = new Reporter() {
        @Override
        public void progress(String line) {
            lines.add(line);
        }
    };

    @Test
    void counts_down_each_second_until_the_next_step_and_clears_the_line() {
        FakeSleeper sleeper = new FakeSleeper(NOW, ZoneOffset.UTC);
        boolean waited = new NextCodeWait(sleeper, sleeper, progress).until(NOW.plusSeconds(12), DEVICE, "profile b");
        assertTrue(waited);
        assertEquals(Duration.ofSeconds(12), sleeper.slept());
        assertEquals(NOW.plusSeconds(12), sleeper.instant());
        assertEquals(13, lines.size(), lines::toString);
        assertEquals("Next code for " + DEVICE + " in 12 s (Ctrl-C skips profile b)", lines.get(0));
        assertEquals("Next code for " + DEVICE + " in 1 s (Ctrl-C skips profile b)", lines.get(11));
        assertEquals("", lines.get(12));
        assertEquals(0, sleeper.openWatches(), "Ctrl-C given back its meaning");
    }

    @Test
    void a_part_of_a_second_is_slept_as_such() {
        FakeSleeper sleeper = new FakeSleeper(NOW, ZoneOffset.UTC);
        new NextCodeWait(sleeper, sleeper, progress).until(NOW.plusMillis(1_500), DEVICE, "profile b");
        assertEquals(Duration.ofMillis(1_500), sleeper.slept());
        assertEquals("Next code for " + DEVICE + " in 2 s (Ctrl-C skips profile b)", lines.get(0));
    }

    @Test
    void ctrl_c_ends_the_wait_early_and_says_so() {
        FakeSleeper sleeper = new FakeSleeper(NOW, ZoneOffset.UTC).ctrlCAfter(Duration.ofSeconds(3));
        boolean waited = new NextCodeWait(sleeper, sleeper, progress).until(NOW.plusSeconds(12), DEVICE, "profile b");
        assertFalse(waited);
        assertEquals(Duration.ofSeconds(3), sleeper.slept());
        assertEquals("", lines.get(lines.size() - 1));
        assertEquals(0, sleeper.openWatches());
    }

    @Test
    void a_moment_already_past_needs_no_wait() {
        FakeSleeper sleeper = new FakeSleeper(NOW, ZoneOffset.UTC);
        assertTrue(new NextCodeWait(sleeper, sleeper, progress).until(NOW, DEVICE, "profile b"));
        assertEquals(Duration.ZERO, sleeper.slept());
    }
}
