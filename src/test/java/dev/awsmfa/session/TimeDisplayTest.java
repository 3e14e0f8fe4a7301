package dev.awsmfa.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class TimeDisplayTest {
    static TimeZone zone(String id) {
        return TimeZone.getTimeZone(ZoneId.of(id));
    }

    /** What java.time's zone rules make of it: the reading before TimeZone was used, kept as the oracle. */
    static String byZoneRules(Instant instant, ZoneId zone) {
        ZoneOffset offset = zone.getRules().getOffset(instant);
        String dateTime = java.time.LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, offset).toString()
                .replace('T', ' ');
        dateTime = dateTime.length() == 16 ? dateTime + ":00" : dateTime;
        if (offset.getTotalSeconds() == 0) {
            return dateTime + " UTC";
        }
        return dateTime + " " + offset.getId() + (zone instanceof ZoneOffset ? "" : " " + zone.getId());
    }

    @Test
    void every_zone_of_the_database_shows_what_javas_zone_rules_show_around_now() {
        java.util.Random random = new java.util.Random(3);
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        for (String id : ZoneId.getAvailableZoneIds()) {
            ZoneId region = ZoneId.of(id);
            for (int i = 0; i < 40; i++) {
                // Over two years, as expirations lie: hours to days ahead, across DST changes.
                Instant instant = from.plusSeconds(random.nextInt(2 * 366 * 86_400));
                assertEquals(byZoneRules(instant, region), TimeDisplay.local(instant, TimeZone.getTimeZone(region)),
                        id + " at " + instant);
            }
        }
        for (ZoneOffset offset : new ZoneOffset[] {ZoneOffset.ofHours(14), ZoneOffset.ofHoursMinutes(-9, -30),
                ZoneOffset.ofHoursMinutes(5, 45)}) {
            assertEquals(byZoneRules(from, offset), TimeDisplay.local(from, TimeZone.getTimeZone(offset)));
        }
    }

    @Test
    void expiry_is_shown_in_the_local_zone_with_offset_and_name() {
        assertEquals("2026-11-28 19:49:28 +01:00 Europe/Berlin", TimeDisplay.local(Instant.parse("2026-11-28T18:49:28Z"), zone("Europe/Berlin")));
        assertEquals("2026-07-01 02:00:00 +02:00 Europe/Berlin", TimeDisplay.local(Instant.parse("2026-07-01T00:00:00Z"), zone("Europe/Berlin")));
        assertEquals("2026-11-28 13:19:28 -05:30", TimeDisplay.local(Instant.parse("2026-11-28T18:49:28Z"), TimeZone.getTimeZone(ZoneOffset.ofHoursMinutes(-5, -30))));
    }

    @Test
    void utc_is_called_utc() {
        assertEquals("2026-11-28 18:49:28 UTC", TimeDisplay.local(Instant.parse("2026-11-28T18:49:28Z"), zone("Etc/UTC")));
        assertEquals("2026-11-28 18:49:28 UTC", TimeDisplay.local(Instant.parse("2026-11-28T18:49:28.900Z"), TimeZone.getTimeZone(ZoneOffset.UTC)));
    }

    @Test
    void durations_read_as_hours_minutes_or_seconds() {
        assertEquals("12 h 00 min", TimeDisplay.duration(Duration.ofHours(12)));
        assertEquals("4 min 30 s", TimeDisplay.duration(Duration.ofSeconds(270)));
        assertEquals("4 min 05 s", TimeDisplay.duration(Duration.ofSeconds(245)));
        assertEquals("12 s", TimeDisplay.duration(Duration.ofSeconds(-12)));
    }

    /** The rule in words: hours and minutes, else minutes and seconds, else seconds; the second unit two digits. */
    static String expected(long seconds) {
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (hours > 0) {
            return hours + " h " + String.format("%02d", minutes) + " min";
        }
        return minutes > 0 ? minutes + " min " + String.format("%02d", rest) + " s" : rest + " s";
    }

    @Test
    void every_duration_of_two_days_and_the_extremes_read_by_the_rule() {
        for (long seconds = 0; seconds <= 2 * 86_400; seconds++) {
            assertEquals(expected(seconds), TimeDisplay.duration(Duration.ofSeconds(seconds)), seconds + " s");
        }
        for (long seconds : new long[] {9_999_999L, 1L << 40, Long.MAX_VALUE}) {
            assertEquals(expected(seconds), TimeDisplay.duration(Duration.ofSeconds(seconds)));
            byte[] out = new byte[TimeDisplay.DURATION_LENGTH + 2];
            out[0] = 'x';
            int end = TimeDisplay.writeDuration(out, 1, seconds);
            assertEquals("x" + expected(seconds), new String(out, 0, end, java.nio.charset.StandardCharsets.US_ASCII),
                    "written at an offset, within DURATION_LENGTH");
        }
        assertEquals(expected(Long.MAX_VALUE), TimeDisplay.duration(Duration.ofSeconds(Long.MIN_VALUE)),
                "the one duration without a positive counterpart");
    }

    @Test
    void numbers_are_written_in_decimal_at_an_offset() {
        byte[] out = new byte[TimeDisplay.NUMBER_LENGTH + 1];
        for (long value : new long[] {0, 7, 10, 3_600, 43_199, Long.MAX_VALUE}) {
            int end = TimeDisplay.writeNumber(out, 1, value);
            assertEquals(Long.toString(value), new String(out, 1, end - 1, java.nio.charset.StandardCharsets.US_ASCII));
        }
    }
}
