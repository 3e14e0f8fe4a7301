package dev.awsmfa.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeDisplayTest {
    @Test
    void expiry_is_shown_in_the_local_zone_with_its_name() {
        assertEquals("2026-11-28 19:49:28 CET", TimeDisplay.local(Instant.parse("2026-11-28T18:49:28Z"), ZoneId.of("Europe/Berlin")));
    }

    @Test
    void durations_read_as_hours_minutes_or_seconds() {
        assertEquals("12 h 00 min", TimeDisplay.duration(Duration.ofHours(12)));
        assertEquals("4 min 30 s", TimeDisplay.duration(Duration.ofSeconds(270)));
        assertEquals("12 s", TimeDisplay.duration(Duration.ofSeconds(-12)));
    }
}
