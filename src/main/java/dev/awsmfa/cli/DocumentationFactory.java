package dev.awsmfa.cli;

import dev.awsmfa.Services;
import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Builds the command objects for picocli's build-time generators (man page, shell completion),
 * which instantiate commands by class: a command that takes {@link Services} gets the real ones
 * (nothing is called on them), any other class picocli's default factory.
 */
public final class DocumentationFactory implements IFactory {
    private final IFactory fallback = CommandLine.defaultFactory();

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 1 && parameters[0] == Services.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(Services.system()));
            }
        }
        return fallback.create(type);
    }
}
