package dev.awsmfa.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;

/**
 * The system's clock in the user's time zone ({@code TZ}, else {@code /etc/localtime}), as
 * {@link Clock#systemDefaultZone()}, except that the zone is only looked up when asked for:
 * {@code export} and {@code credential-process} never show a time. Times are shown through
 * {@link #timeZone()}, which never loads java.time's zone rules (see {@link Services#timeZone()}).
 */
public final class SystemClock extends Clock {
    private ZoneId zone;
    private TimeZone timeZone;

    /** The user's zone as a {@link TimeZone}. */
    public TimeZone timeZone() {
        if (timeZone == null) {
            timeZone = TimeZone.getDefault();
        }
        return timeZone;
    }

    @Override
    public ZoneId getZone() {
        if (zone == null) {
            zone = timeZone().toZoneId();
        }
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.system(other);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
