package dev.awsmfa.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextLinesTest {
    /** Each line as content + "|" + ending, the way Python's text reading splits it. */
    static List<String> split(String text) {
        TextLines lines = TextLines.of(text);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < lines.count(); i++) {
            parts.add(lines.text().substring(lines.start(i), lines.contentEnd(i)) + "|" + text.substring(lines.contentEnd(i), lines.end(i)));
        }
        return parts;
    }

    /** Python's rule, one character at a time. */
    static List<String> reference(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') {
                i++;
                continue;
            }
            int ending = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
            parts.add(text.substring(start, i) + "|" + text.substring(i, i + ending));
            i += ending;
            start = i;
        }
        if (start < text.length()) {
            parts.add(text.substring(start) + "|");
        }
        return parts;
    }

    @Test
    void ends_lines_at_lf_crlf_and_lone_cr_and_keeps_a_last_line_without_ending() {
        assertEquals(List.of("a|\n", "b|\r\n", "c|\r", "|\r", "d|"), split("a\nb\r\nc\r\rd"));
        assertEquals(List.of("|\r", "|\r\n", "|\n"), split("\r\r\n\n"));
        assertEquals(List.of(), split(""));
        assertEquals(List.of("x|"), split("x"));
    }

    @Test
    void splits_like_a_character_by_character_reading() {
        Random random = new Random(5);
        String alphabet = "ab \n\r\t=";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(reference(text.toString()), split(text.toString()), text.toString().replace("\r", "\\r"));
        }
    }

    @Test
    void grows_past_its_first_guess_of_the_line_count() {
        String text = "\n".repeat(10_000) + "end";
        TextLines lines = TextLines.of(text);
        assertEquals(10_001, lines.count());
        assertEquals("end", lines.text().substring(lines.start(10_000), lines.contentEnd(10_000)));
    }

    @Test
    void bytes_split_as_their_decoded_text_splits_ascii_or_not() {
        Random random = new Random(11);
        String[] pieces = {"a", "b", " ", "\n", "\r", "\r\n", "=", "\u00e9", "\u65e5", "\ud83d\ude00"};
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            boolean ascii = random.nextBoolean();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces[random.nextInt(ascii ? 7 : pieces.length)]);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            TextLines lines = TextLines.decode("f", bytes);
            assertEquals(text.toString(), lines.text());
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < lines.count(); i++) {
                parts.add(lines.text().substring(lines.start(i), lines.contentEnd(i)) + "|" + lines.text().substring(lines.contentEnd(i), lines.end(i)));
            }
            assertEquals(reference(text.toString()), parts, text.toString().replace("\r", "\\r"));
        }
    }

    @Test
    void bytes_the_aws_cli_refuses_are_refused_however_they_start() {
        assertThrows(ProfileFileException.class, () -> TextLines.decode("f", new byte[] {'[', 'a', ']', '\n', (byte) 0xFF}));
        assertThrows(ProfileFileException.class,
                () -> TextLines.decode("f", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', 'a', ']'}));
    }
}
