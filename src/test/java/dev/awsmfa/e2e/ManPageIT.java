package dev.awsmfa.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import dev.awsmfa.cli.Cli;
import dev.awsmfa.session.ProfileKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The man pages rendered at build time (target/man/man1), one per command: exactly the options of the command
 * model that {@code --help} prints, a conventional header and sections, exit codes as {@link ExitCode} words
 * them, unwrapped examples, list's profile kinds explained, each page in the archive.
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

    /** The roff with its escapes undone where the text is plain: what a reader of the page sees. */
    static String plain(String roff) {
        return roff.replace("\\fB", "").replace("\\fP", "").replace("\\fI", "").replace("\\-", "-")
                .replace("\\(cq", "'").replace("\\*(Aq", "'").replace("\\(aq", "'").replace("\\&", "")
                .replace("\\(rs", "\\").replace("\\(at", "@");
    }

    /** The section headings, in order. */
    static List<String> headings(String roff) {
        List<String> headings = new ArrayList<>();
        for (String line : roff.split("\n")) {
            if (line.startsWith(".SH ")) {
                headings.add(line.substring(4).replace("\"", ""));
            }
        }
        return headings;
    }

    @ParameterizedTest
    @MethodSource("commands")
    void has_an_upper_case_header_in_user_commands_and_headings_without_colons(CommandSpec spec) throws IOException {
        String roff = manPage(spec);
        String title = spec.qualifiedName("-").toUpperCase(java.util.Locale.ROOT).replace("-", "\\-");
        assertTrue(Pattern.compile("\n\\.TH \"" + Pattern.quote(title) + "\" \"1\" \"[^\"]*\" \"awsmfa "
                + Pattern.quote(System.getProperty("awsmfa.version", "(unset)")) + "\" \"User Commands\"\n")
                .matcher(roff).find(), roff.substring(0, Math.min(600, roff.length())));
        List<String> headings = headings(roff);
        assertEquals(List.of("NAME", "SYNOPSIS", "DESCRIPTION"), headings.subList(0, 3), spec.qualifiedName());
        assertEquals("SEE ALSO", headings.get(headings.size() - 1));
        for (String heading : headings) {
            assertFalse(heading.contains(":"), heading);
        }
    }

    @Test
    void the_main_page_has_the_conventional_sections_and_every_exit_code_worded_as_exit_code_says()
            throws IOException {
        String roff = manPage(commands().findFirst().orElseThrow());
        assertEquals(List.of("NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "ENVIRONMENT", "FILES",
                "EXIT STATUS", "EXAMPLES", "SEE ALSO"), headings(roff));
        String exitStatus = plain(roff.substring(roff.indexOf(".SH \"EXIT STATUS\"")));
        for (ExitCode code : ExitCode.values()) {
            assertTrue(exitStatus.contains("\n" + code.code() + "\n.RS 4\n" + code.meaning() + "\n"), code.name());
        }
    }

    @Test
    void examples_are_set_without_filling_so_never_wrapped() throws IOException {
        String roff = manPage(commands().findFirst().orElseThrow());
        String example = "awsmfa --profile ops --assume-role arn:aws:iam::123456789012:role/ops";
        int at = plain(roff).indexOf("\n" + example + "\n");
        assertTrue(at > 0, "the example is not on a line of its own");
        String before = plain(roff).substring(0, at);
        assertTrue(before.lastIndexOf("\n.nf\n") > before.lastIndexOf("\n.fi\n"), "the example is not in a .nf block");
    }

    @Test
    void the_list_page_explains_every_kind() throws IOException {
        CommandSpec list = commands().filter(spec -> spec.name().equals("list")).findFirst().orElseThrow();
        String page = plain(manPage(list));
        assertTrue(headings(page).contains("PROFILE KINDS"), page);
        for (ProfileKind kind : ProfileKind.values()) {
            assertTrue(page.contains("\n" + kind.label() + "\n.RS 4\n" + kind.meaning() + "\n"), kind.label());
        }
    }

    @Test
    void every_page_is_in_the_archive_where_man_finds_it() throws IOException {
        Map<String, Integer> files = DistributionIT.tarFiles();
        List<String> pages = commands().map(spec -> "man/man1/" + spec.qualifiedName("-") + ".1").toList();
        assertTrue(pages.size() > 5 && pages.contains("man/man1/awsmfa-list.1"), pages.toString());
        for (String page : pages) {
            assertTrue(files.containsKey(page), page + " is not in the archive: " + files.keySet());
        }
    }

    /** man(1) itself, where installed (CI need not have it): the header line, no formatter warning, whole examples. */
    @ParameterizedTest
    @MethodSource("commands")
    void man_renders_the_page_at_80_columns_without_a_warning(CommandSpec spec) throws Exception {
        String name = spec.qualifiedName("-");
        Path page = Path.of(System.getProperty("awsmfa.man", "target/man/man1")).resolve(name + ".1");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")), "no man(1) here");
        ProcessBuilder builder = new ProcessBuilder("man", "-l", page.toString());
        builder.environment().put("MANWIDTH", "80");
        builder.environment().put("MANPAGER", "cat");
        builder.environment().put("PAGER", "cat");
        builder.environment().put("LANG", "C.UTF-8");
        Process man = builder.start();
        man.getOutputStream().close();
        java.util.concurrent.CompletableFuture<byte[]> errors = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> readAll(man.getErrorStream()));
        String out = new String(man.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll(".\b", "");
        assertTrue(man.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, man.exitValue(), out);
        assertEquals("", new String(errors.get(), StandardCharsets.UTF_8));
        String first = out.lines().findFirst().orElse("");
        String title = name.toUpperCase(java.util.Locale.ROOT) + "(1)";
        assertTrue(first.startsWith(title) && first.contains("User Commands") && first.endsWith(title), first);
        if (spec.parent() == null) {
            assertTrue(out.contains("awsmfa --profile ops --assume-role arn:aws:iam::123456789012:role/ops\n"), out);
        }
        assertTrue(out.lines().allMatch(line -> line.length() <= 80), out);
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void carries_the_build_version(CommandSpec spec) throws IOException {
        assertTrue(manPage(spec).contains(System.getProperty("awsmfa.version", "(unset)")), "no version in the man page");
    }
}
