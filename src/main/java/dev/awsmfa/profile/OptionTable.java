package dev.awsmfa.profile;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of one section (or of all {@code [DEFAULT]} blocks) in file order, found by key.
 * Kept as columns (keys, and the line and value offsets of each setting), not as an object per
 * setting: a file of thousands of sections then holds a few arrays per section, which the
 * collector of a small heap copies far faster than tens of thousands of small objects. A
 * {@link ParsedOption} is made when one is asked for. A section holds a handful of keys, so a scan
 * beats hashing; only a table that grows large gets a hash index, so no file makes look-ups (and
 * the parser's duplicate check) quadratic.
 */
final class OptionTable {
    static final int INDEXED_FROM = 9;
    private static final String[] NO_KEYS = {};
    private static final int[] NO_SPANS = {};
    /** Per setting in {@link #spans}: its line, where its one-line value starts and ends. */
    private static final int LINE = 0;
    private static final int VALUE_START = 1;
    private static final int VALUE_END = 2;
    private static final int FIELDS = 3;

    private final String text;
    private String[] keys = NO_KEYS;
    private int[] spans = NO_SPANS;
    /** The settings with continuation lines, kept whole by position; {@code null} while there is none. */
    private ParsedOption[] multiLine;
    private int size;
    private Map<String, Integer> index;

    /** @param text the file's text, where one-line values are read from */
    OptionTable(String text) {
        this.text = text;
    }

    /** Appends a one-line setting whose key is not in the table yet; its value is {@code text[from, to)}. */
    void addOneLine(String key, int line, int from, int to) {
        int at = append(key);
        spans[at * FIELDS + LINE] = line;
        spans[at * FIELDS + VALUE_START] = from;
        spans[at * FIELDS + VALUE_END] = to;
    }

    /** Appends a setting whose key is not in the table yet. */
    void add(ParsedOption option) {
        int at = append(option.key());
        spans[at * FIELDS + LINE] = option.line();
        if (multiLine == null) {
            multiLine = new ParsedOption[keys.length];
        }
        multiLine[at] = option;
    }

    private int append(String key) {
        if (size == keys.length) {
            int capacity = Math.max(4, size * 2);
            keys = Arrays.copyOf(keys, capacity);
            spans = Arrays.copyOf(spans, capacity * FIELDS);
            if (multiLine != null) {
                multiLine = Arrays.copyOf(multiLine, capacity);
            }
        }
        keys[size] = key;
        if (index != null) {
            index.put(key, size);
        } else if (size + 1 == INDEXED_FROM) {
            index = new HashMap<>(INDEXED_FROM * 4);
            for (int i = 0; i <= size; i++) {
                index.put(keys[i], i);
            }
        }
        return size++;
    }

    /** Where the setting of a lower-cased key stands, or -1. */
    int indexOf(String key) {
        if (index != null) {
            Integer at = index.get(key);
            return at != null ? at : -1;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The setting of a lower-cased key, or {@code null}. */
    ParsedOption get(String key) {
        int at = indexOf(key);
        return at < 0 ? null : at(at);
    }

    /** The value of the setting at a position, without making a {@link ParsedOption}. */
    String value(int at) {
        ParsedOption whole = whole(at);
        return whole != null ? whole.value() : text.substring(spans[at * FIELDS + VALUE_START], spans[at * FIELDS + VALUE_END]);
    }

    /** Whether the setting at a position is a nested block. */
    boolean isNested(int at) {
        ParsedOption whole = whole(at);
        return whole != null && whole.nested() != null;
    }

    /** 0-based line of the setting at a position. */
    int line(int at) {
        return spans[at * FIELDS + LINE];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The setting read last, or {@code null} when there is none. */
    ParsedOption last() {
        return size == 0 ? null : at(size - 1);
    }

    /** The settings in file order, as a read-only view. */
    List<ParsedOption> inOrder() {
        return new AbstractList<>() {
            @Override
            public ParsedOption get(int i) {
                if (i >= size) {
                    throw new IndexOutOfBoundsException(i);
                }
                return at(i);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private ParsedOption at(int at) {
        ParsedOption whole = whole(at);
        return whole != null ? whole : ParsedOption.oneLine(keys[at], line(at), text,
                spans[at * FIELDS + VALUE_START], spans[at * FIELDS + VALUE_END]);
    }

    private ParsedOption whole(int at) {
        return multiLine != null ? multiLine[at] : null;
    }
}
