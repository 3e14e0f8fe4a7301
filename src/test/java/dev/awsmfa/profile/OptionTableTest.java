package dev.awsmfa.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionTableTest {
    static ParsedOption option(String key, int line) {
        String text = key + " = v" + line;
        return ParsedOption.oneLine(key, line, text, key.length() + 3, text.length());
    }

    @Test
    void an_empty_table_has_no_last_option_and_finds_nothing() {
        OptionTable table = new OptionTable();
        assertTrue(table.isEmpty());
        assertEquals(0, table.size());
        assertNull(table.last());
        assertNull(table.get("region"));
        assertEquals(List.of(), table.inOrder());
    }

    @Test
    void finds_every_key_and_keeps_file_order_below_and_above_the_indexed_size() {
        for (int count : new int[] {1, OptionTable.INDEXED_FROM - 1, OptionTable.INDEXED_FROM, 50}) {
            OptionTable table = new OptionTable();
            List<ParsedOption> added = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ParsedOption option = option("key" + i, i);
                table.add(option);
                added.add(option);
                assertSame(option, table.last());
            }
            assertEquals(count, table.size());
            assertEquals(added, table.inOrder());
            for (ParsedOption option : added) {
                assertSame(option, table.get(option.key()), count + " options, key " + option.key());
            }
            assertNull(table.get("key" + count));
            assertEquals("v0", table.get("key0").value());
        }
    }

    @Test
    void the_order_view_is_read_only_and_bounded_by_the_size() {
        OptionTable table = new OptionTable();
        table.add(option("a", 0));
        List<ParsedOption> view = table.inOrder();
        assertThrows(UnsupportedOperationException.class, () -> view.add(option("b", 1)));
        assertThrows(IndexOutOfBoundsException.class, () -> view.get(1));
    }
}
