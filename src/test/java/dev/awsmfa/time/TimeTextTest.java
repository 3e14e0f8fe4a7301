package dev.awsmfa.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeTextTest {
    static final Instant T = Instant.parse("2026-03-04T05:06:07Z");

    @Test
    void writes_aws_mfa_and_rfc3339_forms_to_the_second() {
        assertEquals("2026-03-04 05:06:07", TimeText.naiveUtc(T.plusMillis(999)));
        assertEquals("2026-03-04T05:06:07Z", TimeText.rfc3339Utc(T.plusMillis(999)));
    }

    @Test
    void reads_both_forms_and_offsets() {
        assertEquals(Optional.of(T), TimeText.parse(" 2026-03-04 05:06:07 "));
        assertEquals(Optional.of(T), TimeText.parse("2026-03-04T05:06:07Z"));
        assertEquals(Optional.of(T), TimeText.parse("2026-03-04T06:06:07+01:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "2026-13-04 05:06:07", "2026-02-30 05:06:07", "2026-03-04 25:06:07",
        "2026-03-04 05:06", "2026-03-04 05:06:07 UTC", "+026-03-04 05:06:07", "2026-03-0x 05:06:07",
        "2026-03-04 24:00:00", "2026-03-04 05:60:07", "2026-03-04 05:06:60", "2026-00-04 05:06:07", "2025-02-29 00:00:00"})
    void anything_else_is_no_time(String text) {
        assertEquals(Optional.empty(), TimeText.parse(text));
    }

    @Test
    void every_second_of_a_year_round_trips() {
        for (long s = T.getEpochSecond(); s < T.getEpochSecond() + 366L * 86_400; s += 7_919) {
            Instant instant = Instant.ofEpochSecond(s);
            assertEquals(Optional.of(instant), TimeText.parse(TimeText.naiveUtc(instant)));
            assertEquals(instant.toString(), TimeText.rfc3339Utc(instant));
        }
    }

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
                assertEquals(byZoneRules(instant, region), TimeText.local(instant, TimeZone.getTimeZone(region)),
                        id + " at " + instant);
            }
        }
        for (ZoneOffset offset : new ZoneOffset[] {ZoneOffset.ofHours(14), ZoneOffset.ofHoursMinutes(-9, -30),
                ZoneOffset.ofHoursMinutes(5, 45)}) {
            assertEquals(byZoneRules(from, offset), TimeText.local(from, TimeZone.getTimeZone(offset)));
        }
    }

    @Test
    void expiry_is_shown_in_the_local_zone_with_offset_and_name() {
        assertEquals("2026-11-28 19:49:28 +01:00 Europe/Berlin", TimeText.local(Instant.parse("2026-11-28T18:49:28Z"), zone("Europe/Berlin")));
        assertEquals("2026-07-01 02:00:00 +02:00 Europe/Berlin", TimeText.local(Instant.parse("2026-07-01T00:00:00Z"), zone("Europe/Berlin")));
        assertEquals("2026-11-28 13:19:28 -05:30", TimeText.local(Instant.parse("2026-11-28T18:49:28Z"), TimeZone.getTimeZone(ZoneOffset.ofHoursMinutes(-5, -30))));
    }

    @Test
    void utc_is_called_utc() {
        assertEquals("2026-11-28 18:49:28 UTC", TimeText.local(Instant.parse("2026-11-28T18:49:28Z"), zone("Etc/UTC")));
        assertEquals("2026-11-28 18:49:28 UTC", TimeText.local(Instant.parse("2026-11-28T18:49:28.900Z"), TimeZone.getTimeZone(ZoneOffset.UTC)));
    }

    @Test
    void durations_read_as_hours_minutes_or_seconds() {
        assertEquals("12 h 00 min", TimeText.duration(Duration.ofHours(12)));
        assertEquals("4 min 30 s", TimeText.duration(Duration.ofSeconds(270)));
        assertEquals("4 min 05 s", TimeText.duration(Duration.ofSeconds(245)));
        assertEquals("12 s", TimeText.duration(Duration.ofSeconds(-12)));
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
            assertEquals(expected(seconds), TimeText.duration(Duration.ofSeconds(seconds)), seconds + " s");
        }
        for (long seconds : new long[] {9_999_999L, 1L << 40, Long.MAX_VALUE}) {
            assertEquals(expected(seconds), TimeText.duration(Duration.ofSeconds(seconds)));
        }
        assertEquals(expected(Long.MAX_VALUE), TimeText.duration(Duration.ofSeconds(Long.MIN_VALUE)),
                "the one duration without a positive counterpart");
    }

    @Test
    void dates_by_hand_are_java_times_dates_from_year_1_to_9999_and_back() {
        java.util.Random random = new java.util.Random(5);
        long first = java.time.LocalDate.of(1, 1, 1).toEpochDay() * 86_400;
        long last = java.time.LocalDate.of(9999, 12, 31).toEpochDay() * 86_400 + 86_399;
        for (int i = 0; i < 200_000; i++) {
            Instant instant = Instant.ofEpochSecond(first + (long) (random.nextDouble() * (last - first)));
            String expected = java.time.LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC)
                    .format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"));
            assertEquals(expected, TimeText.naiveUtc(instant), instant::toString);
            assertEquals(Optional.of(instant), TimeText.parse(expected), expected);
        }
    }
}
