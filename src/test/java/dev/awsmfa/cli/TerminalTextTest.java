package dev.awsmfa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalTextTest {
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "dev-long-term      | 13 | ASCII: one column a character",
        "Müller             | 6  | Latin-1 letters",
        "開発               | 4  | CJK ideographs: two each",
        "ひらがなカタカナ   | 16 | hiragana and katakana",
        "ｶﾀｶﾅ               | 4  | half-width katakana: one each",
        "한국어             | 6  | Hangul syllables",
        "１２３ＡＢ         | 10 | full-width digits and letters",
        "'開発\u3000dev'    | 9  | the ideographic space is full-width",
        "e\u0301            | 1  | a combining acute accent takes no column",
        "a\u20dd            | 1  | an enclosing circle takes no column",
        "a\u200bb           | 2  | a zero-width space (a format character) takes none",
        "\u1100\u1161\u11a8 | 2  | conjoining Hangul jamo make one syllable",
        "𠮷野家             | 6  | an ideograph outside the BMP (a surrogate pair) is two columns",
        "😀                 | 2  | an emoji",
        "〿                 | 1  | the ideographic half fill space is narrow",
        "''                 | 0  | nothing"})
    void counts_the_columns_a_terminal_gives(String text, int columns, String what) {
        assertEquals(columns, TerminalText.width(text));
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"3000, 2", "303f, 1", "4e00, 2", "9fff, 2", "a4cf, 2", "a4d0, 1", "ac00, 2", "d7a3, 2", "d7b0, 1",
        "f900, 2", "ff01, 2", "ff60, 2", "ff61, 1", "ffe6, 2", "ffe8, 1", "20000, 2", "3fffd, 2", "e0001, 0"})
    void range_edges(String hex, int columns) {
        assertEquals(columns, TerminalText.width(Integer.parseInt(hex, 16)));
    }
}
