package dev.awsmfa.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PythonTextTest {
    /** Every BMP character for which Python's {@code str.isspace()} is true. */
    static final Set<Integer> PYTHON_SPACE = Set.of(0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0,
            0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028,
            0x2029, 0x202f, 0x205f, 0x3000);

    @Test
    void is_space_exactly_where_python_says_so() {
        for (int c = 0; c <= 0xffff; c++) {
            assertEquals(PYTHON_SPACE.contains(c), PythonText.isSpace((char) c), Integer.toHexString(c));
        }
    }

    @Test
    void strips_what_python_strips() {
        assertEquals("a b", PythonText.strip("\u00a0\t a b \u3000\u0085"));
        assertEquals("", PythonText.strip(" \u2028 "));
        assertEquals("\u200bx\u200b", PythonText.strip("\u200bx\u200b"), "zero width space is no space");
    }
}
