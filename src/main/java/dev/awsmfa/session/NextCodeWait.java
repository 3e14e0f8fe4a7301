package dev.awsmfa.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits for the next TOTP step when a device's code was just spent, counting down on the terminal once a
 * second; Ctrl-C gives up the wait (and with it the profile waiting), not the run. The clock and the sleeper
 * are parameters so that the wait can be tested without waiting.
 */
public final class NextCodeWait {
    private static final Duration TICK = Duration.ofSeconds(1);

    private final Clock clock;
    private final Sleeper sleeper;
    private final Reporter reporter;

    public NextCodeWait(Clock clock, Sleeper sleeper, Reporter reporter) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.reporter = reporter;
    }

    /**
     * Returns once {@code next} has come (true), or when the user skipped (false).
     *
     * @param skipped what Ctrl-C skips, for the countdown: "profile b"
     */
    public boolean until(Instant next, String device, String skipped) {
        try (Sleeper.Watch watch = sleeper.watch()) {
            while (true) {
                Duration left = Duration.between(clock.instant(), next);
                if (left.isNegative() || left.isZero()) {
                    return true;
                }
                long seconds = (left.toMillis() + 999) / 1000;
                reporter.progress("Next code for " + device + " in " + seconds + " s (Ctrl-C skips " + skipped + ")");
                if (!watch.sleep(left.compareTo(TICK) < 0 ? left : TICK)) {
                    return false;
                }
            }
        } finally {
            reporter.progress("");
        }
    }
}
