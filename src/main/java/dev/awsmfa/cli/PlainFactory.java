package dev.awsmfa.cli;

import java.util.ArrayList;
import java.util.Collection;
import picocli.CommandLine.IFactory;

/**
 * What picocli instantiates for awsmfa: the list of {@code exec}'s arguments, and plain classes.
 * picocli's default factory is never touched: its class initialisation looks for Groovy on the
 * class path, a miss that opens and scans the whole jar.
 */
final class PlainFactory implements IFactory {
    static final PlainFactory INSTANCE = new PlainFactory();

    private PlainFactory() {
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type.isAssignableFrom(ArrayList.class) && Collection.class.isAssignableFrom(type)) {
            return type.cast(new ArrayList<>());
        }
        if (type.isInterface()) {
            throw new InstantiationException("awsmfa creates no " + type.getName());
        }
        return type.getDeclaredConstructor().newInstance();
    }
}
