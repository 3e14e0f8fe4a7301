package dev.awsmfa.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as people read them: an expiry in their own zone, with the zone named (aws-mfa showed UTC
 * as if it were local time), and a remaining duration in hours and minutes.
 */
public final class TimeDisplay {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);

    private TimeDisplay() {
    }

    public static String local(Instant instant, ZoneId zone) {
        return LOCAL.format(instant.atZone(zone));
    }

    /** {@code 2 h 05 min}, {@code 4 min 30 s}, {@code 12 s}; negative durations as their absolute value. */
    public static String duration(Duration duration) {
        long seconds = Math.abs(duration.getSeconds());
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (hours > 0) {
            return String.format(Locale.ROOT, "%d h %02d min", hours, minutes);
        }
        if (minutes > 0) {
            return String.format(Locale.ROOT, "%d min %02d s", minutes, rest);
        }
        return rest + " s";
    }
}
