package dev.awsmfa.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@link Arguments} as picocli parsed them into a command's model. */
final class SpecArguments implements Arguments {
    private final CommandSpec spec;

    SpecArguments(CommandSpec spec) {
        this.spec = spec;
    }

    @Override
    public <T> T get(OptionDef<T> option) {
        Object value = spec.findOption(option.key()).getValue();
        if (option.repeats()) {
            List<T> values = all(option);
            return values.isEmpty() ? null : values.get(0);
        }
        return option.cast(value);
    }

    @Override
    public <T> List<T> all(OptionDef<T> option) {
        if (!option.repeats()) {
            return Arguments.super.all(option);
        }
        List<?> values = spec.findOption(option.key()).getValue();
        List<T> typed = new ArrayList<>();
        if (values != null) {
            for (Object value : values) {
                typed.add(option.cast(value));
            }
        }
        return typed;
    }

    @Override
    public List<OptionDef<?>> options() {
        return ((Command) spec.userObject()).options();
    }

    @Override
    public List<String> positionals() {
        if (spec.positionalParameters().isEmpty()) {
            return List.of();
        }
        Object values = spec.positionalParameters().get(0).getValue();
        if (values == null) {
            return List.of();
        }
        if (values instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(values));
    }
}
