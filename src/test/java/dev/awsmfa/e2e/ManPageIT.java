package dev.awsmfa.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.Services;
import dev.awsmfa.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The man pages rendered at build time (target/man/man1) document exactly the options of the
 * command model that {@code --help} prints, for the root command and every visible subcommand.
 */
class ManPageIT {
    /** An option term in the roff OPTIONS section: {@code \fB\-\-name, \-\-alias\fP}. */
    private static final Pattern BOLD_OPTION = Pattern.compile("\\\\fB(\\\\-.*?)\\\\fP");

    static Stream<CommandSpec> commands() {
        Writer sink = Writer.nullWriter();
        CommandLine root = Cli.create(Services.system(), new PrintWriter(sink), new PrintWriter(sink));
        List<CommandSpec> all = new ArrayList<>();
        collect(root, all);
        return all.stream();
    }

    private static void collect(CommandLine command, List<CommandSpec> all) {
        CommandSpec spec = command.getCommandSpec();
        if (spec.usageMessage().hidden() || all.contains(spec)) {
            return;
        }
        all.add(spec);
        command.getSubcommands().values().forEach(sub -> collect(sub, all));
    }

    static String manPage(CommandSpec spec) throws IOException {
        Path page = Path.of(System.getProperty("awsmfa.man", "target/man/man1")).resolve(spec.qualifiedName("-") + ".1");
        assertTrue(Files.isRegularFile(page), page + " is missing: run `mvn package`");
        return Files.readString(page, StandardCharsets.UTF_8);
    }

    /** Option names on the term lines of the man page's OPTIONS section. */
    static Set<String> documentedOptions(String roff) {
        int start = roff.indexOf(".SH \"OPTIONS\"");
        assertTrue(start >= 0, "no OPTIONS section");
        int end = roff.indexOf("\n.SH ", start + 1);
        Set<String> names = new TreeSet<>();
        for (String line : roff.substring(start, end < 0 ? roff.length() : end).split("\n")) {
            if (line.startsWith("\\fB\\-")) {
                Matcher matcher = BOLD_OPTION.matcher(line);
                while (matcher.find()) {
                    names.addAll(List.of(matcher.group(1).replace("\\-", "-").split(", ")));
                }
            }
        }
        return names;
    }

    static Set<String> modelOptions(CommandSpec spec) {
        Set<String> names = new TreeSet<>();
        for (OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                names.addAll(List.of(option.names()));
            }
        }
        return names;
    }

    static String help(CommandSpec spec) {
        StringWriter out = new StringWriter();
        spec.commandLine().usage(new PrintWriter(out));
        return out.toString();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void documents_exactly_the_options_of_the_model(CommandSpec spec) throws IOException {
        assertEquals(modelOptions(spec), documentedOptions(manPage(spec)), spec.qualifiedName());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void documents_the_options_that_help_prints(CommandSpec spec) throws IOException {
        String help = help(spec);
        for (String option : documentedOptions(manPage(spec))) {
            assertTrue(Pattern.compile("(?<![\\w-])" + Pattern.quote(option) + "(?![\\w-])").matcher(help).find(),
                    option + " is in the man page but not in --help of " + spec.qualifiedName());
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void lists_the_exit_codes(CommandSpec spec) throws IOException {
        String roff = manPage(spec);
        for (String code : spec.usageMessage().exitCodeList().keySet()) {
            assertTrue(roff.contains("\n\\fB" + code.trim() + "\\fP\n"), "exit code " + code.trim() + " is not in the man page");
        }
        assertTrue(spec.usageMessage().exitCodeList().isEmpty() || roff.contains(".SH \"EXIT CODES"), roff);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void carries_the_build_version(CommandSpec spec) throws IOException {
        assertTrue(manPage(spec).contains(System.getProperty("awsmfa.version", "(unset)")), "no version in the man page");
    }
}
