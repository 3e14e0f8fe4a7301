package dev.awsmfa.session;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.TimeZone;

/**
 * Times as people read them: an expiry in their own zone, with the zone's offset and name (aws-mfa
 * showed UTC as if it were local time), and a remaining duration in hours and minutes.
 */
public final class TimeDisplay {
    private TimeDisplay() {
    }

    public static String local(Instant instant, TimeZone zone) {
        return Timestamps.local(instant, zone);
    }

    /** The most {@link #writeDuration} writes: {@code 2562047788015215 h 59 min}. */
    public static final int DURATION_LENGTH = 26;
    /** The most {@link #writeNumber} writes. */
    public static final int NUMBER_LENGTH = 19;
    private static final byte[] HOURS = ascii(" h ");
    private static final byte[] MINUTES = ascii(" min");
    private static final byte[] MINUTES_THEN = ascii(" min ");
    private static final byte[] SECONDS = ascii(" s");

    /** {@code 2 h 05 min}, {@code 4 min 30 s}, {@code 12 s}; negative durations as their absolute value. */
    public static String duration(Duration duration) {
        byte[] text = new byte[DURATION_LENGTH];
        long seconds = Math.abs(duration.getSeconds());
        // Duration's lowest value has no positive counterpart.
        int length = writeDuration(text, 0, seconds < 0 ? Long.MAX_VALUE : seconds);
        return new String(text, 0, length, StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes {@link #duration}'s text for whole seconds ({@code >= 0}) as ASCII at {@code at};
     * returns where it ends. Bytes rather than a String: {@code list} writes one per session of
     * files of thousands, straight into its output.
     */
    public static int writeDuration(byte[] out, int at, long seconds) {
        long hours = seconds / 3600;
        int minutes = (int) (seconds % 3600 / 60);
        int rest = (int) (seconds % 60);
        if (hours > 0) {
            int end = put(out, writeNumber(out, at, hours), HOURS);
            return put(out, twoDigits(out, end, minutes), MINUTES);
        }
        if (minutes > 0) {
            int end = put(out, writeNumber(out, at, minutes), MINUTES_THEN);
            return put(out, twoDigits(out, end, rest), SECONDS);
        }
        return put(out, writeNumber(out, at, rest), SECONDS);
    }

    /** Writes a number ({@code >= 0}) in decimal ASCII at {@code at}; returns where it ends. */
    public static int writeNumber(byte[] out, int at, long value) {
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        long rest = value;
        for (int i = at + digits - 1; i >= at; i--) {
            out[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return at + digits;
    }

    private static int twoDigits(byte[] out, int at, int value) {
        out[at] = (byte) ('0' + value / 10);
        out[at + 1] = (byte) ('0' + value % 10);
        return at + 2;
    }

    private static int put(byte[] out, int at, byte[] text) {
        System.arraycopy(text, 0, out, at, text.length);
        return at + text.length;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
