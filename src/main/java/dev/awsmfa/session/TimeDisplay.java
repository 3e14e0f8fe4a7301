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
        return appendDuration(new StringBuilder(16), Math.abs(duration.getSeconds())).toString();
    }

    /** Appends a duration of whole seconds ({@code >= 0}) as {@link #duration} writes it. */
    public static StringBuilder appendDuration(StringBuilder text, long seconds) {
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (hours > 0) {
            return Timestamps.pad(text.append(hours).append(" h "), minutes, 2).append(" min");
        }
        if (minutes > 0) {
            return Timestamps.pad(text.append(minutes).append(" min "), rest, 2).append(" s");
        }
        return text.append(rest).append(" s");
    }
}
