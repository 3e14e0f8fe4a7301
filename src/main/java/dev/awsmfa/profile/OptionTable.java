package dev.awsmfa.profile;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of one section (or of all {@code [DEFAULT]} blocks) in file order, found by key.
 * A section holds a handful of keys, so a scan beats hashing and a map per section would cost
 * more memory than its settings; only a table that grows large gets a hash index, so no file
 * makes look-ups (and the parser's duplicate check) quadratic.
 */
final class OptionTable {
    static final int INDEXED_FROM = 9;
    private static final ParsedOption[] NONE = {};

    private ParsedOption[] options = NONE;
    private int size;
    private Map<String, ParsedOption> index;

    /** Appends a setting whose key is not in the table yet. */
    void add(ParsedOption option) {
        if (size == options.length) {
            options = Arrays.copyOf(options, Math.max(4, size * 2));
        }
        options[size++] = option;
        if (index != null) {
            index.put(option.key(), option);
        } else if (size == INDEXED_FROM) {
            index = new HashMap<>(size * 4);
            for (int i = 0; i < size; i++) {
                index.put(options[i].key(), options[i]);
            }
        }
    }

    /** The setting of a lower-cased key, or {@code null}. */
    ParsedOption get(String key) {
        if (index != null) {
            return index.get(key);
        }
        for (int i = 0; i < size; i++) {
            if (options[i].key().equals(key)) {
                return options[i];
            }
        }
        return null;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The setting read last, or {@code null} when there is none. */
    ParsedOption last() {
        return size == 0 ? null : options[size - 1];
    }

    /** The settings in file order, as a read-only view. */
    List<ParsedOption> inOrder() {
        return new AbstractList<>() {
            @Override
            public ParsedOption get(int i) {
                if (i >= size) {
                    throw new IndexOutOfBoundsException(i);
                }
                return options[i];
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
