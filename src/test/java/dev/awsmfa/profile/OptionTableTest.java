package dev.awsmfa.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionTableTest {
    /** "key0 = v0\nkey1 = v1\n...": the value of key i stands on line i. */
    static String text(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("key").append(i).append(" = v").append(i).append('\n');
        }
        return text.toString();
    }

    static OptionTable oneLineTable(String text, int count) {
        OptionTable table = new OptionTable(text);
        int lineStart = 0;
        for (int i = 0; i < count; i++) {
            int valueStart = text.indexOf("= ", lineStart) + 2;
            int lineEnd = text.indexOf('\n', lineStart);
            table.addOneLine("key" + i, i, valueStart, lineEnd);
            lineStart = lineEnd + 1;
        }
        return table;
    }

    @Test
    void an_empty_table_has_no_last_option_and_finds_nothing() {
        OptionTable table = new OptionTable("");
        assertTrue(table.isEmpty());
        assertEquals(0, table.size());
        assertNull(table.last());
        assertNull(table.get("region"));
        assertEquals(-1, table.indexOf("region"));
        assertEquals(List.of(), table.inOrder());
    }

    @Test
    void finds_every_key_and_keeps_file_order_below_and_above_the_indexed_size() {
        for (int count : new int[] {1, OptionTable.INDEXED_FROM - 1, OptionTable.INDEXED_FROM, 50}) {
            String text = text(count);
            OptionTable table = oneLineTable(text, count);
            assertEquals(count, table.size());
            for (int i = 0; i < count; i++) {
                int at = table.indexOf("key" + i);
                assertEquals(i, at, count + " options, key" + i);
                assertEquals("v" + i, table.value(at));
                assertEquals(i, table.line(at));
                assertFalse(table.isNested(at));
                ParsedOption option = table.get("key" + i);
                assertEquals(List.of("key" + i, i, i + 1, "v" + i),
                        List.of(option.key(), option.line(), option.spanEnd(), option.value()));
                assertEquals(option.toString(), table.inOrder().get(i).toString());
            }
            assertEquals("key" + (count - 1), table.last().key());
            assertEquals(-1, table.indexOf("key" + count));
            assertNull(table.get("key" + count));
        }
    }

    @Test
    void keeps_settings_with_continuation_lines_whole_among_one_line_ones() {
        String text = text(20);
        OptionTable table = new OptionTable(text);
        for (int i = 0; i < 20; i++) {
            if (i % 7 == 3) {
                ParsedOption whole = ParsedOption.multiLine("key" + i, i, i + 2, i % 2 == 0 ? "" : "a\nb",
                        i % 2 == 0 ? Map.of("x", "y") : null);
                table.add(whole);
                assertSame(whole, table.get("key" + i));
                assertEquals(i % 2 == 0, table.isNested(i));
                assertEquals(whole.value(), table.value(i));
            } else {
                int valueStart = text.indexOf("key" + i + " = ") + ("key" + i + " = ").length();
                table.addOneLine("key" + i, i, valueStart, text.indexOf('\n', valueStart));
            }
        }
        for (int i = 0; i < 20; i++) {
            assertEquals(i, table.indexOf("key" + i));
            assertEquals(i % 7 == 3 ? (i % 2 == 0 ? "" : "a\nb") : "v" + i, table.value(i));
            assertEquals(i, table.line(i));
        }
        assertEquals(20, table.inOrder().size());
    }

    @Test
    void the_order_view_is_read_only_and_bounded_by_the_size() {
        OptionTable table = oneLineTable(text(1), 1);
        List<ParsedOption> view = table.inOrder();
        assertThrows(UnsupportedOperationException.class, () -> view.add(view.get(0)));
        assertThrows(IndexOutOfBoundsException.class, () -> view.get(1));
    }
}
