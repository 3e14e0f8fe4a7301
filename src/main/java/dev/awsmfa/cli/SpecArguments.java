package dev.awsmfa.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@link Arguments} as picocli parsed them into a command's model. */
final class SpecArguments implements Arguments {
    private final CommandSpec spec;

    SpecArguments(CommandSpec spec) {
        this.spec = spec;
    }

    @Override
    public <T> T value(String name) {
        return spec.findOption(name).getValue();
    }

    @Override
    public List<String> positionals() {
        if (spec.positionalParameters().isEmpty()) {
            return List.of();
        }
        List<String> values = spec.positionalParameters().get(0).getValue();
        return values == null ? List.of() : values;
    }
}
