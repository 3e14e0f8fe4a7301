package dev.awsmfa.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Options declared in code and read back after parsing. picocli builds a model from annotations by
 * reflection, with a runtime proxy per annotation that no class-data archive can hold: about 70 ms
 * of every start on Java 17 (docs/decisions/0002). A model built in code costs almost nothing.
 */
final class Options {
    private Options() {
    }

    /** An option that takes no value: present means true. */
    static OptionSpec.Builder flag(String description, String... names) {
        return OptionSpec.builder(names).type(boolean.class).arity("0").initialValue(false).description(description);
    }

    /** An option with one value of {@code type} (String, Integer or an enum), shown as {@code --name=LABEL}. */
    static OptionSpec.Builder value(Class<?> type, String label, String description, String... names) {
        return OptionSpec.builder(names).type(type).arity("1").paramLabel(label).description(description);
    }

    /** {@code -h/--help} and {@code -V/--version}, last in the list as with picocli's standard mixin. */
    static void standardHelp(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
    }

    /** The parsed value of option {@code name} of {@code spec}, or its default (null when none). */
    static <T> T get(CommandSpec spec, String name) {
        return spec.findOption(name).getValue();
    }

    static boolean isSet(CommandSpec spec, String name) {
        return Boolean.TRUE.equals(spec.findOption(name).getValue());
    }
}
