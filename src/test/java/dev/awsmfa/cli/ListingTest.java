package dev.awsmfa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ListingTest {
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final Instant IN_AN_HOUR = NOW.plusSeconds(3600);

    static String render(Listing listing, Instant now) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        listing.writeTo(out, now);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Listing kept(Listing listing) throws IOException {
        byte[] encoded = listing.encode();
        return Listing.decode(new ByteArrayInputStream(encoded), encoded.length);
    }

    static Listing table() {
        Listing.Builder builder = new Listing.Builder(16, 1);
        builder.text().append("dev  ");
        builder.live(Listing.VALIDITY, IN_AN_HOUR);
        builder.text().append("\nci   -\n");
        return builder.build();
    }

    @Test
    void fills_in_the_validity_at_the_time_of_each_run() throws IOException {
        assertEquals("dev  yes (1 h 00 min left)\nci   -\n", render(table(), NOW));
        assertEquals("dev  yes (59 min 59 s left)\nci   -\n", render(table(), NOW.plusSeconds(1)));
        assertEquals("dev  yes (0 s left)\nci   -\n", render(table(), IN_AN_HOUR.minusMillis(1)),
                "still valid, whole seconds rounded down, as status shows them");
        assertEquals("dev  expired\nci   -\n", render(table(), IN_AN_HOUR), "expired at the very instant");
        assertEquals("dev  expired\nci   -\n", render(table(), IN_AN_HOUR.plusSeconds(86_400)));
    }

    @Test
    void json_holes_give_validity_and_whole_seconds_left() throws IOException {
        Listing.Builder builder = new Listing.Builder(16, 2);
        builder.text().append("{\"valid\": ");
        builder.live(Listing.JSON_VALID, IN_AN_HOUR);
        builder.text().append(", \"remainingSeconds\": ");
        builder.live(Listing.JSON_REMAINING, IN_AN_HOUR);
        builder.text().append("}\n");
        Listing listing = builder.build();
        assertEquals("{\"valid\": true, \"remainingSeconds\": 3599}\n", render(listing, NOW.plusMillis(500)));
        assertEquals("{\"valid\": false, \"remainingSeconds\": 0}\n", render(kept(listing), IN_AN_HOUR.plusSeconds(5)));
    }

    @Test
    void a_kept_listing_renders_what_the_one_made_renders_with_text_of_any_script() throws IOException {
        Random random = new Random(7);
        String[] pieces = {"é", "日本", "😀", "a", "  ", "\n", "-", "\"x\""};
        for (int round = 0; round < 200; round++) {
            Listing.Builder builder = new Listing.Builder(16, 1);
            int holes = random.nextInt(6);
            for (int i = 0; i < holes; i++) {
                for (int j = random.nextInt(4); j > 0; j--) {
                    builder.text().append(pieces[random.nextInt(pieces.length)]);
                }
                builder.live((byte) random.nextInt(3), NOW.plusSeconds(random.nextInt(20_000) - 5_000)
                        .plusNanos(random.nextInt(1_000_000_000)));
            }
            builder.text().append(pieces[random.nextInt(pieces.length)]);
            Listing made = builder.build();
            String expected = render(made, NOW);
            assertEquals(expected, render(kept(builder.build()), NOW), "round " + round);
            assertEquals(expected.chars().allMatch(c -> c < 0x80), made.isAscii(), "round " + round);
        }
    }

    @Test
    void writes_output_larger_than_its_buffer_in_order() throws IOException {
        Listing.Builder builder = new Listing.Builder(16, 1);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            String row = "profile-" + i + "  ";
            builder.text().append(row);
            builder.live(Listing.VALIDITY, i % 2 == 0 ? IN_AN_HOUR : NOW.minusSeconds(1));
            builder.text().append('\n');
            expected.append(row).append(i % 2 == 0 ? "yes (1 h 00 min left)" : "expired").append('\n');
        }
        assertTrue(expected.length() > 4 * 64 * 1024, "spans several buffers");
        assertEquals(expected.toString(), render(kept(builder.build()), NOW));
    }

    @Test
    void seconds_left_is_stored_sessions_time_left_on_plain_numbers() {
        Random random = new Random(11);
        long[] spans = {0, 1, 2, 59, 60, 3_600, 86_400, 1L << 40};
        for (int i = 0; i < 100_000; i++) {
            Instant now = Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(3) == 0 ? 0
                    : random.nextInt(1_000_000_000));
            long span = spans[random.nextInt(spans.length)];
            Instant expiration = now.plusSeconds(span == 0 ? 0 : random.nextLong() % (span + 1))
                    .plusNanos(random.nextInt(3) == 0 ? 0 : random.nextInt(2_000_000_000) - 1_000_000_000L);
            java.time.Duration left = dev.awsmfa.session.StoredSession.timeLeft(expiration, now);
            long expected = left.isZero() ? -1 : left.getSeconds();
            assertEquals(expected, Listing.secondsLeft(expiration.getEpochSecond(), expiration.getNano(),
                    now.getEpochSecond(), now.getNano()), expiration + " at " + now);
        }
        assertEquals(-1, Listing.secondsLeft(100, 0, 100, 0), "zero left is expired");
        assertEquals(0, Listing.secondsLeft(100, 1, 100, 0), "a nanosecond left is valid, 0 whole seconds");
        assertEquals(-1, Listing.secondsLeft(99, 999_999_999, 100, 0));
    }

    @Test
    void refuses_bytes_it_did_not_write() {
        byte[] encoded = table().encode();
        assertThrows(IOException.class, () -> Listing.decode(new ByteArrayInputStream(encoded, 0, 3), encoded.length),
                "cut short");
        assertThrows(IllegalArgumentException.class, () -> Listing.decode(new ByteArrayInputStream(encoded),
                encoded.length + 1), "a length that does not add up");
        byte[] badKind = encoded.clone();
        badKind[1 + 4 + 4] = 7;
        assertThrows(IllegalArgumentException.class, () -> Listing.decode(new ByteArrayInputStream(badKind),
                badKind.length), "an unknown kind of hole");
        byte[] pastTheEnd = encoded.clone();
        ByteBuffer.wrap(pastTheEnd).putInt(1 + 4, 10_000);
        assertThrows(IllegalArgumentException.class, () -> Listing.decode(new ByteArrayInputStream(pastTheEnd),
                pastTheEnd.length), "a hole beyond the text");
        byte[] badNanos = encoded.clone();
        ByteBuffer.wrap(badNanos).putInt(1 + 4 + 4 + 1 + 8, 1_000_000_000);
        assertThrows(IllegalArgumentException.class, () -> Listing.decode(new ByteArrayInputStream(badNanos),
                badNanos.length), "nanoseconds out of range");
        byte[] badFlag = encoded.clone();
        badFlag[0] = 2;
        assertThrows(IllegalArgumentException.class, () -> Listing.decode(new ByteArrayInputStream(badFlag),
                badFlag.length));
    }

    @Test
    void a_kept_text_that_cannot_be_read_fails_the_write_and_is_closed() throws IOException {
        byte[] encoded = table().encode();
        int textStart = encoded.length - "dev  \nci   -\n".length();
        boolean[] closed = {false};
        java.io.InputStream failing = new java.io.InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                if (position >= textStart) {
                    throw new IOException("Input/output error");
                }
                return encoded[position++] & 0xff;
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Listing listing = Listing.decode(failing, encoded.length);
        IOException e = assertThrows(IOException.class, () -> listing.writeTo(new ByteArrayOutputStream(), NOW));
        assertEquals("Input/output error", e.getMessage());
        assertTrue(closed[0], "the kept file is not left open");
    }

    @Test
    void a_listing_without_holes_is_its_text() throws IOException {
        Listing.Builder builder = new Listing.Builder(4, 0);
        builder.text().append("dev\nci\n");
        Listing listing = builder.build();
        assertTrue(listing.isAscii());
        assertEquals("dev\nci\n", render(kept(listing), NOW));
        Listing.Builder accented = new Listing.Builder(4, 0);
        accented.text().append("café\n");
        assertFalse(accented.build().isAscii());
    }
}
