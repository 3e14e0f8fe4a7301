package dev.awsmfa.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClockSkewTest {
    static final Instant AWS = Instant.parse("2025-01-01T12:00:00Z");

    @Test
    void a_clock_ahead_is_told_in_minutes_and_seconds() {
        assertEquals("your clock is 7 min 12 s ahead of AWS's", ClockSkew.describe(AWS.plusSeconds(432), AWS));
    }

    @Test
    void a_clock_behind_is_told_as_behind() {
        assertEquals("your clock is 45 s behind AWS's", ClockSkew.describe(AWS.minusSeconds(45), AWS));
    }

    @Test
    void hours_drop_the_seconds() {
        assertEquals("your clock is 2 h 05 min ahead of AWS's", ClockSkew.describe(AWS.plusSeconds(2 * 3600 + 5 * 60 + 9), AWS));
    }

    @Test
    void the_date_header_is_read_as_rfc_1123() {
        assertEquals(Optional.of(AWS), ClockSkew.parseDateHeader(Optional.of("Wed, 01 Jan 2025 12:00:00 GMT")));
    }

    @Test
    void an_unreadable_date_header_is_ignored() {
        assertEquals(Optional.empty(), ClockSkew.parseDateHeader(Optional.of("yesterday")));
        assertEquals(Optional.empty(), ClockSkew.parseDateHeader(Optional.empty()));
    }
}
