package dev.awsmfa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleCharsetTest {
    @Test
    void the_stream_encoding_of_java_19_wins() {
        assertEquals(Charset.forName("EUC-JP"), ConsoleCharset.of("EUC-JP", "IBM437", "UTF-8"));
    }

    @Test
    void on_java_17_a_windows_console_code_page_comes_next() {
        assertEquals(Charset.forName("IBM437"), ConsoleCharset.of(null, "Cp437", "windows-1252"));
    }

    @Test
    void else_the_locale_charset_not_the_utf8_default_of_java_18() {
        assertEquals(StandardCharsets.US_ASCII, ConsoleCharset.of(null, null, "ANSI_X3.4-1968"));
        assertEquals(StandardCharsets.ISO_8859_1, ConsoleCharset.of(null, null, "ISO-8859-1"));
    }

    @Test
    void a_name_without_a_charset_falls_back_to_the_default() {
        assertEquals(Charset.defaultCharset(), ConsoleCharset.of("no-such-charset", null, "UTF-8"));
        assertEquals(Charset.defaultCharset(), ConsoleCharset.of(null, null, "bad name!"));
        assertEquals(Charset.defaultCharset(), ConsoleCharset.of(null, null, null));
    }
}
