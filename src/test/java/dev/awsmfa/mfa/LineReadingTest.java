package dev.awsmfa.mfa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LineReadingTest {
    private static ByteArrayInputStream input(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("LF ending", "123456\n", "123456"),
                Arguments.of("CRLF ending", "123456\r\n", "123456"),
                Arguments.of("no ending at end of input", "123456", "123456"),
                Arguments.of("an empty line, apart from end of input", "\n", ""),
                Arguments.of("UTF-8", "123 456 é\n", "123 456 é"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void reads_one_line_without_its_ending(String name, String input, String line) throws IOException {
        assertEquals(Optional.of(line), LineReading.readLine(input(input), StandardCharsets.UTF_8));
    }

    @Test
    void decodes_in_the_locales_charset_so_full_width_digits_typed_in_eucjp_are_a_code() throws IOException {
        Charset eucJp = Charset.forName("EUC-JP");
        byte[] typed = "１２３　４５６\n".getBytes(eucJp);
        Optional<String> line = LineReading.readLine(new ByteArrayInputStream(typed), eucJp);
        assertEquals(Optional.of("１２３　４５６"), line);
        assertEquals("123456", TotpCode.parse(line.get(), "the terminal").digits());
        // The same bytes read as UTF-8 are no code at all: what awsmfa did before.
        String asUtf8 = LineReading.readLine(new ByteArrayInputStream(typed), StandardCharsets.UTF_8).orElseThrow();
        assertFalse(asUtf8.contains("１"), asUtf8);
    }

    @Test
    void is_empty_at_end_of_input() throws IOException {
        assertEquals(Optional.empty(), LineReading.readLine(input(""), StandardCharsets.UTF_8));
    }

    @Test
    void leaves_what_follows_the_line_unread() throws IOException {
        ByteArrayInputStream in = input("123456\nfor the next process\n");
        LineReading.readLine(in, StandardCharsets.UTF_8);
        assertArrayEquals("for the next process\n".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
    }
}
