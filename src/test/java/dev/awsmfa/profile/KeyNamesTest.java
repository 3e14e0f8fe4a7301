package dev.awsmfa.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class KeyNamesTest {
    @Test
    void gives_the_lower_cased_key_of_a_range() {
        KeyNames names = new KeyNames();
        assertEquals("aws_key", names.key("x = AWS_Key = 1", 4, 11));
        assertEquals("i\u0307d", names.key("\u0130D", 0, 2), "as toLowerCase(Locale.ROOT)");
    }

    @Test
    void one_spelling_gives_one_instance_whatever_text_it_stands_in() {
        KeyNames names = new KeyNames();
        String first = names.key("[a]\nregion = x\n", 4, 10);
        String second = names.key("region=y", 0, 6);
        assertSame(first, second);
        assertEquals("region", first);
    }

    @Test
    void keys_are_interned_so_constant_key_names_match_by_identity() {
        KeyNames names = new KeyNames();
        assertSame("aws_access_key_id", names.key("AWS_ACCESS_KEY_ID", 0, 17));
        assertSame("aws_access_key_id", names.key("aws_access_key_id", 0, 17));
    }

    @Test
    void thousands_of_distinct_keys_all_come_back_right_after_the_table_grows() {
        KeyNames names = new KeyNames();
        String[] first = new String[5_000];
        for (int i = 0; i < first.length; i++) {
            String text = "  Key" + i + " = value";
            first[i] = names.key(text, 2, text.indexOf(' ', 2));
            assertEquals(("Key" + i).toLowerCase(Locale.ROOT), first[i]);
        }
        for (int i = 0; i < first.length; i++) {
            assertSame(first[i], names.key("Key" + i, 0, ("Key" + i).length()));
        }
    }
}
