package dev.awsmfa.mfa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LineReadingTest {
    private static ByteArrayInputStream input(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reads_a_line_without_its_ending() throws IOException {
        assertEquals(Optional.of("123456"), LineReading.readLine(input("123456\n")));
    }

    @Test
    void drops_the_carriage_return_of_a_crlf_ending() throws IOException {
        assertEquals(Optional.of("123456"), LineReading.readLine(input("123456\r\n")));
    }

    @Test
    void takes_a_last_line_without_ending() throws IOException {
        assertEquals(Optional.of("123456"), LineReading.readLine(input("123456")));
    }

    @Test
    void is_empty_at_end_of_input() throws IOException {
        assertEquals(Optional.empty(), LineReading.readLine(input("")));
    }

    @Test
    void keeps_an_empty_line_apart_from_end_of_input() throws IOException {
        assertEquals(Optional.of(""), LineReading.readLine(input("\n")));
    }

    @Test
    void decodes_utf8() throws IOException {
        assertEquals(Optional.of("123 456 é"), LineReading.readLine(input("123 456 é\n")));
    }

    @Test
    void leaves_what_follows_the_line_unread() throws IOException {
        ByteArrayInputStream in = input("123456\nfor the next process\n");
        LineReading.readLine(in);
        assertArrayEquals("for the next process\n".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
    }
}
