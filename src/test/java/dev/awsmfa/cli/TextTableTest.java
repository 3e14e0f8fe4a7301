package dev.awsmfa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
    @Test
    void aligns_columns_two_spaces_apart_to_the_widest_cell() {
        assertEquals("NAME  KIND         VALID\n"
                        + "dev   mfa-session  yes\n"
                        + "a     -            -\n",
                TextTable.render(List.of(List.of("NAME", "KIND", "VALID"), List.of("dev", "mfa-session", "yes"),
                        List.of("a", "-", "-"))));
    }

    @Test
    void leaves_no_blank_at_the_end_of_a_line() {
        assertEquals("A  B\nx\ny\n", TextTable.render(List.of(List.of("A", "B"), List.of("x", ""), List.of("y", "  "))));
    }

    @Test
    void shows_control_characters_as_escapes_that_cannot_drive_the_terminal() {
        // A section named to retitle the terminal, and a tab that would break the columns.
        assertEquals("NAME" + " ".repeat(22) + "KIND\nx\\x1b]0;owned\\x07\\x1b[2J  a\\x09b\n",
                TextTable.render(List.of(List.of("NAME", "KIND"), List.of("x\u001b]0;owned\u0007\u001b[2J", "a\tb"))));
    }

    @Test
    void a_single_column_has_no_padding() {
        assertEquals("x\nyz\n", TextTable.render(List.of(List.of("x"), List.of("yz"))));
    }

    @Test
    void pads_by_terminal_columns_so_cjk_names_line_up() {
        // 開発 and 本番環境 take 4 and 8 columns, twice their length: the NAME column is 12 columns wide.
        assertEquals("NAME          KIND\n"
                        + "開発          mfa-session\n"
                        + "本番環境-dev  long-term\n"
                        + "dev           -\n",
                TextTable.render(List.of(List.of("NAME", "KIND"), List.of("開発", "mfa-session"),
                        List.of("本番環境-dev", "long-term"), List.of("dev", "-"))));
    }

    @Test
    void combining_marks_take_no_column_and_full_width_letters_two() {
        // "Cafe" with a combining acute accent is as wide as "Café" precomposed and as "ＡＢ": four columns.
        assertEquals("Cafe\u0301   1\nCafé   2\nＡＢ   3\nabcde  4\n",
                TextTable.render(List.of(List.of("Cafe\u0301", "1"), List.of("Café", "2"), List.of("ＡＢ", "3"),
                        List.of("abcde", "4"))));
    }

    @Test
    void renders_what_a_line_by_line_layout_renders_for_thousands_of_rows() {
        List<List<String>> rows = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            String name = "p" + i;
            rows.add(List.of(name, i % 3 == 0 ? "" : "k" + i, "v"));
        }
        for (List<String> row : rows) {
            String first = row.get(0) + " ".repeat(5 - row.get(0).length() + 2);
            String second = row.get(1) + " ".repeat(5 - row.get(1).length() + 2);
            expected.append(first).append(second).append(row.get(2)).append('\n');
        }
        assertEquals(expected.toString(), TextTable.render(rows));
    }
}
