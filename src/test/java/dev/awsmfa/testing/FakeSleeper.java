package dev.awsmfa.testing;

import dev.awsmfa.session.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that moves only when awsmfa sleeps, and the sleeper that moves it: a wait of 30 s takes no time.
 * {@link #ctrlCAfter} makes the user press Ctrl-C once that much has been slept in a watch.
 */
public final class FakeSleeper extends Clock implements Sleeper {
    private final ZoneId zone;
    private Instant now;
    private Duration ctrlCAfter;
    private Duration slept = Duration.ZERO;
    private int watches;
    private int openWatches;

    public FakeSleeper(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** The user presses Ctrl-C once this much was slept in one watch. */
    public FakeSleeper ctrlCAfter(Duration duration) {
        this.ctrlCAfter = duration;
        return this;
    }

    /** All the time slept, over every watch. */
    public Duration slept() {
        return slept;
    }

    /** How many waits were watched. */
    public int watches() {
        return watches;
    }

    /** Watches not closed: a Ctrl-C handler left installed. */
    public int openWatches() {
        return openWatches;
    }

    @Override
    public Watch watch() {
        watches++;
        openWatches++;
        return new Watch() {
            private Duration inThisWatch = Duration.ZERO;

            @Override
            public boolean sleep(Duration duration) {
                if (ctrlCAfter != null && inThisWatch.compareTo(ctrlCAfter) >= 0) {
                    return false;
                }
                now = now.plus(duration);
                slept = slept.plus(duration);
                inThisWatch = inThisWatch.plus(duration);
                return true;
            }

            @Override
            public void close() {
                openWatches--;
            }
        };
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        FakeSleeper copy = new FakeSleeper(now, other);
        copy.ctrlCAfter = ctrlCAfter;
        return copy;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
