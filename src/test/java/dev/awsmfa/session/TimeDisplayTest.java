package dev.awsmfa.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeDisplayTest {
    @Test
    void expiry_is_shown_in_the_local_zone_with_offset_and_name() {
        assertEquals("2026-11-28 19:49:28 +01:00 Europe/Berlin", TimeDisplay.local(Instant.parse("2026-11-28T18:49:28Z"), ZoneId.of("Europe/Berlin")));
        assertEquals("2026-07-01 02:00:00 +02:00 Europe/Berlin", TimeDisplay.local(Instant.parse("2026-07-01T00:00:00Z"), ZoneId.of("Europe/Berlin")));
        assertEquals("2026-11-28 13:19:28 -05:30", TimeDisplay.local(Instant.parse("2026-11-28T18:49:28Z"), ZoneOffset.ofHoursMinutes(-5, -30)));
    }

    @Test
    void utc_is_called_utc() {
        assertEquals("2026-11-28 18:49:28 UTC", TimeDisplay.local(Instant.parse("2026-11-28T18:49:28Z"), ZoneId.of("Etc/UTC")));
        assertEquals("2026-11-28 18:49:28 UTC", TimeDisplay.local(Instant.parse("2026-11-28T18:49:28.900Z"), ZoneOffset.UTC));
    }

    @Test
    void durations_read_as_hours_minutes_or_seconds() {
        assertEquals("12 h 00 min", TimeDisplay.duration(Duration.ofHours(12)));
        assertEquals("4 min 30 s", TimeDisplay.duration(Duration.ofSeconds(270)));
        assertEquals("4 min 05 s", TimeDisplay.duration(Duration.ofSeconds(245)));
        assertEquals("12 s", TimeDisplay.duration(Duration.ofSeconds(-12)));
    }
}
