package dev.awsmfa.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** botocore's Windows split of a credential_process line (the POSIX one is profile.ShlexSplitter's). */
class CommandWordsTest {
    @Test
    void backslashes_in_a_path_stay() {
        assertEquals(List.of("C:\\tools\\keys.exe", "dev"), CommandWords.windows("C:\\tools\\keys.exe dev"));
        assertEquals(List.of("\\\\server\\share\\k.exe"), CommandWords.windows("\\\\server\\share\\k.exe"));
        assertEquals(List.of("C:\\dir\\"), CommandWords.windows("C:\\dir\\"));
    }

    @Test
    void double_quotes_group_words_and_are_dropped() {
        assertEquals(List.of("C:\\Program Files\\keys.exe", "--item", "AWS dev"),
                CommandWords.windows("\"C:\\Program Files\\keys.exe\"  --item \"AWS dev\""));
        assertEquals(List.of("ab c"), CommandWords.windows("a\"b c\""));
        assertEquals(List.of("a", "", "b"), CommandWords.windows("a \"\" b"));
    }

    @Test
    void backslashes_before_a_quote_halve_and_an_odd_one_escapes_it() {
        assertEquals(List.of("say \"hi\""), CommandWords.windows("\"say \\\"hi\\\"\""));
        assertEquals(List.of("a\\", "b"), CommandWords.windows("\"a\\\\\" b"));
        assertEquals(List.of("a\\\"b"), CommandWords.windows("a\\\\\\\"b"));
    }

    @Test
    void single_quotes_are_ordinary_and_blanks_separate() {
        assertEquals(List.of("'a", "b'"), CommandWords.windows(" 'a \t b' "));
        assertEquals(List.of(), CommandWords.windows("   "));
    }

    @Test
    void an_unbalanced_double_quote_is_refused() {
        assertNull(CommandWords.windows("\"C:\\Program Files\\keys.exe"));
    }
}
