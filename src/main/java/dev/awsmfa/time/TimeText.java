package dev.awsmfa.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Every time and duration awsmfa prints, writes or reads back, formatted by hand: java.time's formatters cost
 * tens of ms to load, and the paths that need no network print a time on every run (docs/decisions/0002).
 */
public final class TimeText {
    private TimeText() {
    }

    /** aws-mfa's {@code expiration}: naive UTC, {@code 2026-11-28 18:49:28}. */
    public static String naiveUtc(Instant instant) {
        return dateTime(new StringBuilder(19), instant, 0, ' ').toString();
    }

    /** RFC 3339 in UTC with {@code Z} and whole seconds, as credential_process wants it (not {@code +00:00}). */
    public static String rfc3339Utc(Instant instant) {
        return dateTime(new StringBuilder(20), instant, 0, 'T').append('Z').toString();
    }

    /**
     * A time as its owner reads it: {@code 2026-11-28 19:49:28 +01:00 Europe/Berlin}, or {@code ... UTC}.
     * A {@link TimeZone}, not a {@code ZoneId}: a region's {@code ZoneId} loads java.time's zone rules
     * through a service look-up (~25 ms); {@code TimeZone} reads the same database without them.
     */
    public static String local(Instant instant, TimeZone zone) {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(zone.getOffset(instant.toEpochMilli()) / 1000);
        StringBuilder text = dateTime(new StringBuilder(64), instant, offset.getTotalSeconds(), ' ');
        if (offset.getTotalSeconds() == 0) {
            return text.append(" UTC").toString();
        }
        text.append(' ').append(offset.getId());
        // A fixed offset (TimeZone names one GMT+hh:mm) has no name beyond the offset itself.
        String id = zone.getID();
        if (!id.startsWith("GMT+") && !id.startsWith("GMT-")) {
            text.append(' ').append(id);
        }
        return text.toString();
    }

    /** {@code 2 h 05 min}, {@code 4 min 30 s}, {@code 12 s}; a negative duration as its absolute value. */
    public static String duration(Duration duration) {
        long seconds = Math.abs(duration.getSeconds());
        // Duration's lowest value has no positive counterpart.
        seconds = seconds < 0 ? Long.MAX_VALUE : seconds;
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        StringBuilder text = new StringBuilder(16);
        if (hours > 0) {
            return pad(text.append(hours).append(" h "), minutes, 2).append(" min").toString();
        }
        if (minutes > 0) {
            return pad(text.append(minutes).append(" min "), rest, 2).append(" s").toString();
        }
        return text.append(rest).append(" s").toString();
    }

    /** aws-mfa's naive UTC (never local: it writes UTC whatever the zone), or RFC 3339 as other tools write it. */
    public static Optional<Instant> parse(String text) {
        String trimmed = text.trim();
        Optional<Instant> naive = parseNaiveUtc(trimmed);
        if (naive.isPresent()) {
            return naive;
        }
        // What awsmfa rotate writes (aws_access_key_created), read by hand as the naive form is: status reads it.
        if (trimmed.length() == 20 && trimmed.charAt(10) == 'T' && trimmed.charAt(19) == 'Z') {
            naive = parseNaiveUtc(trimmed.substring(0, 10) + " " + trimmed.substring(11, 19));
            if (naive.isPresent()) {
                return naive;
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(trimmed).toInstant());
        } catch (DateTimeParseException notRfc3339) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> parseNaiveUtc(String text) {
        if (text.length() != 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != ' '
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return Optional.empty();
        }
        try {
            int year = number(text, 0, 4);
            int month = number(text, 5, 7);
            int day = number(text, 8, 10);
            int hour = number(text, 11, 13);
            int minute = number(text, 14, 16);
            int second = number(text, 17, 19);
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            int days = month == 2 ? (leap ? 29 : 28) : month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
            if (month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 59) {
                return Optional.empty();
            }
            return Optional.of(Instant.ofEpochSecond(epochDay(year, month, day) * 86_400 + hour * 3_600 + minute * 60
                    + second));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Days since 1970-01-01 of a Gregorian date, and back (H. Hinnant's civil-date algorithms). By
     * hand, not LocalDate: on Java 25 a day past the 28th loads {@code java.time.Year}, whose
     * formatter costs a run lambdas and a regular expression.
     */
    static long epochDay(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static StringBuilder dateTime(StringBuilder text, Instant instant, int offsetSeconds, char separator) {
        long seconds = instant.getEpochSecond() + offsetSeconds;
        long days = Math.floorDiv(seconds, 86_400) + 719_468;
        long era = Math.floorDiv(days, 146_097);
        long dayOfEra = days - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shifted = (5 * dayOfYear + 2) / 153;
        long month = shifted < 10 ? shifted + 3 : shifted - 9;
        long secondOfDay = Math.floorMod(seconds, 86_400);
        pad(text, yearOfEra + era * 400 + (month <= 2 ? 1 : 0), 4).append('-');
        pad(text, month, 2).append('-');
        pad(text, dayOfYear - (153 * shifted + 2) / 5 + 1, 2).append(separator);
        pad(text, secondOfDay / 3_600, 2).append(':');
        pad(text, secondOfDay / 60 % 60, 2).append(':');
        return pad(text, secondOfDay % 60, 2);
    }

    /** Appends {@code value} zero-padded to {@code width} digits; a year before 0 keeps its sign in front. */
    private static StringBuilder pad(StringBuilder text, long value, int width) {
        if (value < 0) {
            return pad(text.append('-'), -value, width);
        }
        for (long limit = 10, digits = 1; digits < width; digits++, limit *= 10) {
            if (value < limit) {
                text.append('0');
            }
        }
        return text.append(value);
    }
}
