package dev.awsmfa.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {
    static final Instant T = Instant.parse("2026-03-04T05:06:07Z");

    @Test
    void writes_aws_mfa_and_rfc3339_forms_to_the_second() {
        assertEquals("2026-03-04 05:06:07", Timestamps.naiveUtc(T.plusMillis(999)));
        assertEquals("2026-03-04T05:06:07Z", Timestamps.rfc3339Utc(T.plusMillis(999)));
    }

    @Test
    void reads_both_forms_and_offsets() {
        assertEquals(Optional.of(T), Timestamps.parse(" 2026-03-04 05:06:07 "));
        assertEquals(Optional.of(T), Timestamps.parse("2026-03-04T05:06:07Z"));
        assertEquals(Optional.of(T), Timestamps.parse("2026-03-04T06:06:07+01:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "2026-13-04 05:06:07", "2026-02-30 05:06:07", "2026-03-04 25:06:07",
        "2026-03-04 05:06", "2026-03-04 05:06:07 UTC", "+026-03-04 05:06:07", "2026-03-0x 05:06:07",
        "2026-03-04 24:00:00", "2026-03-04 05:60:07", "2026-03-04 05:06:60", "2026-00-04 05:06:07", "2025-02-29 00:00:00"})
    void anything_else_is_no_time(String text) {
        assertEquals(Optional.empty(), Timestamps.parse(text));
    }

    @Test
    void every_second_of_a_year_round_trips() {
        for (long s = T.getEpochSecond(); s < T.getEpochSecond() + 366L * 86_400; s += 7_919) {
            Instant instant = Instant.ofEpochSecond(s);
            assertEquals(Optional.of(instant), Timestamps.parse(Timestamps.naiveUtc(instant)));
            assertEquals(instant.toString(), Timestamps.rfc3339Utc(instant));
        }
    }

    @Test
    void pads_numbers_with_zeros_to_a_width_and_never_cuts_them() {
        for (long value : new long[] {0, 7, 9, 10, 99, 100, 999, 1_000, 9_999, 10_000, 12_345, -5, -15, Long.MAX_VALUE,
            Long.MIN_VALUE}) {
            for (int width = 0; width <= 5; width++) {
                String digits = Long.toString(value);
                String expected = "0".repeat(Math.max(0, width - digits.length())) + digits;
                assertEquals(expected, Timestamps.pad(new StringBuilder(), value, width).toString(), value + " to " + width);
            }
        }
        assertEquals("x05", Timestamps.pad(new StringBuilder("x"), 5, 2).toString());
    }
}
