package dev.awsmfa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserLocaleTest {
    private static Map<String, String> restored(Map<String, String> launched) {
        Map<String, String> environment = new HashMap<>(launched);
        UserLocale.restore(environment);
        return environment;
    }

    @Test
    void an_unset_lc_ctype_is_unset_again() {
        assertEquals(Map.of("LANG", "C", "PATH", "/bin"), restored(Map.of("LANG", "C", "PATH", "/bin",
                "LC_CTYPE", "C.UTF-8", UserLocale.VARIABLE, "LC_CTYPE=")));
    }

    @Test
    void a_c_lc_ctype_gets_its_value_back() {
        assertEquals(Map.of("LANG", "en_US.UTF-8", "LC_CTYPE", "POSIX"), restored(Map.of("LANG", "en_US.UTF-8",
                "LC_CTYPE", "C.UTF-8", UserLocale.VARIABLE, "LC_CTYPE=POSIX")));
    }

    @Test
    void lc_all_gets_its_value_back() {
        assertEquals(Map.of("LC_ALL", "POSIX"), restored(Map.of("LC_ALL", "C.UTF-8", UserLocale.VARIABLE,
                "LC_ALL=POSIX")));
    }

    @Test
    void without_the_launcher_record_nothing_changes() {
        assertEquals(Map.of("LC_ALL", "C.UTF-8", "LANG", "C"), restored(Map.of("LC_ALL", "C.UTF-8", "LANG", "C")));
    }

    @Test
    void a_variable_changed_since_the_launcher_set_it_is_left_as_it_is() {
        assertEquals(Map.of("LC_CTYPE", "ja_JP.UTF-8"), restored(Map.of("LC_CTYPE", "ja_JP.UTF-8",
                UserLocale.VARIABLE, "LC_CTYPE=")));
    }

    @Test
    void a_record_naming_another_variable_touches_nothing_but_is_dropped() {
        assertEquals(Map.of("PATH", "/bin"), restored(Map.of("PATH", "/bin", UserLocale.VARIABLE, "PATH=")));
        assertEquals(Map.of("LC_CTYPE", "C.UTF-8"), restored(Map.of("LC_CTYPE", "C.UTF-8",
                UserLocale.VARIABLE, "garbage")));
    }
}
