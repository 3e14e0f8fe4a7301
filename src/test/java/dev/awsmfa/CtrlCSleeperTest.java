package dev.awsmfa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.session.Sleeper;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import sun.misc.Signal;

/** The real sleeper, with a real SIGINT raised in this JVM while it watches (its handler is installed by then). */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "SIGINT is raised as a POSIX signal")
class CtrlCSleeperTest {
    @Test
    void sleeps_the_time_asked_when_no_one_presses_ctrl_c() {
        try (Sleeper.Watch watch = new CtrlCSleeper().watch()) {
            long start = System.nanoTime();
            boolean slept = watch.sleep(Duration.ofMillis(150));
            assertTrue(slept);
            assertTrue(System.nanoTime() - start >= 150_000_000L);
        }
    }

    @Test
    void ctrl_c_ends_the_sleep_and_every_later_one_of_the_watch() {
        try (Sleeper.Watch watch = new CtrlCSleeper().watch()) {
            Signal.raise(new Signal("INT"));
            long start = System.nanoTime();
            assertFalse(watch.sleep(Duration.ofSeconds(30)));
            assertFalse(watch.sleep(Duration.ofSeconds(30)));
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(), "cut short, not slept");
        }
    }
}
