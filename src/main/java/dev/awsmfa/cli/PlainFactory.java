package dev.awsmfa.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import picocli.CommandLine.IFactory;

/**
 * What picocli instantiates for awsmfa: only the collections of multi-value arguments. Its default
 * factory, whose class initialisation looks for Groovy on the class path (a miss that opens and
 * scans the whole jar on every start), is never touched.
 */
final class PlainFactory implements IFactory {
    static final PlainFactory INSTANCE = new PlainFactory();

    private PlainFactory() {
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        return type.cast(collectionFor(type));
    }

    private static Object collectionFor(Class<?> type) throws ReflectiveOperationException {
        if (!type.isInterface()) {
            return type.getDeclaredConstructor().newInstance();
        }
        if (SortedSet.class.isAssignableFrom(type)) {
            return new TreeSet<>();
        }
        if (Set.class.isAssignableFrom(type)) {
            return new LinkedHashSet<>();
        }
        if (List.class.isAssignableFrom(type) || Collection.class == type) {
            return new ArrayList<>();
        }
        if (SortedMap.class.isAssignableFrom(type)) {
            return new TreeMap<>();
        }
        if (Map.class.isAssignableFrom(type)) {
            return new LinkedHashMap<>();
        }
        throw new InstantiationException("awsmfa creates no " + type.getName());
    }
}
