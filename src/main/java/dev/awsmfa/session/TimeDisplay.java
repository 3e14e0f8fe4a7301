package dev.awsmfa.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Times as people read them: an expiry in their own zone, with the zone's offset and name (aws-mfa
 * showed UTC as if it were local time), and a remaining duration in hours and minutes.
 */
public final class TimeDisplay {
    private TimeDisplay() {
    }

    public static String local(Instant instant, ZoneId zone) {
        return Timestamps.local(instant, zone);
    }

    /** {@code 2 h 05 min}, {@code 4 min 30 s}, {@code 12 s}; negative durations as their absolute value. */
    public static String duration(Duration duration) {
        long seconds = Math.abs(duration.getSeconds());
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (hours > 0) {
            return Timestamps.pad(new StringBuilder().append(hours).append(" h "), minutes, 2).append(" min").toString();
        }
        if (minutes > 0) {
            return Timestamps.pad(new StringBuilder().append(minutes).append(" min "), rest, 2).append(" s").toString();
        }
        return rest + " s";
    }
}
