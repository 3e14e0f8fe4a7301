package dev.awsmfa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.awsmfa.Services;
import dev.awsmfa.testing.PropertyChecks;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The quick parser against picocli: over generated command lines, whatever the quick parser
 * accepts, picocli parses without error to the same command and the same value for every option
 * (given or default); what it declines is left to picocli. Plus the everyday forms it must accept.
 *
 * <p>The generated lines are a property of QuickTheories: a failure is reported with the shortest,
 * simplest line it could shrink to (fewer items, earlier commands, options, names and values of
 * the lists below, which hold the simplest first), printed as it would be typed in a shell.
 */
class QuickParserTest {
    private static final Services SERVICES = Services.system();
    private static final long SEED = 20261128L;
    /** Attempts: QuickTheories skips a line it has already tried (the short ones, mostly). */
    private static final int EXAMPLES = 26_000;
    /** Distinct lines those attempts must check at least. */
    private static final int DISTINCT = 20_000;
    private static final int SHRINK_CYCLES = 10_000;
    /** "" is no subcommand. */
    private static final List<String> COMMANDS = List.of("", "list", "status", "export", "credential-process",
            "clear", "exec", "completion");
    /** Tokens that are not options of any command, or are, in unusual spellings. */
    private static final List<String> ODD_TOKENS = List.of("-", "--", "-q", "-h", "--help", "-V", "--version",
            "--bogus", "-qh", "@args", "list", "status", "help", "--force=true", "--profile=", "--Profile",
            "--output=json");
    private static final List<String> VALUES = List.of("dev", "prod-eu", "", " ", "123", "900", "0", "007", "0x10",
            "-5", "abc", "json", "JSON", "Text", "fish", "POWERSHELL", "debug", "Warning", "none", "a=b", "--force",
            "-q", "status", "list", "@file", "arn:aws:iam::123456789012:mfa/alice", "ykman oath accounts code -s AWS",
            "2147483648", "123456789", "1234567890", "+5", "é", "\t");
    /** Items of a command line: each is the tokens of one option with its value, or one odd token, or none. */
    private static final int MAX_ITEMS = 4;

    @Test
    void whatever_it_accepts_picocli_parses_to_the_same_command_and_values() {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger declined = new AtomicInteger();
        PropertyChecks.theory(SEED, EXAMPLES, SHRINK_CYCLES).forAll(commandLines())
                .checkAssert(line -> {
                    Invocation quick = QuickParser.parse(line.args(), SERVICES);
                    if (quick == null) {
                        declined.incrementAndGet();
                    } else {
                        accepted.incrementAndGet();
                        assertSameAsPicocli(line.args(), quick);
                    }
                });
        int checked = accepted.get() + declined.get();
        System.out.println("QuickParserTest: " + checked + " distinct command lines, " + accepted + " accepted, "
                + declined + " declined");
        assertTrue(checked >= DISTINCT, "only " + checked + " distinct command lines");
        // Both outcomes must be common, or the comparison proves nothing.
        assertTrue(accepted.get() > checked / 10, "accepted only " + accepted + " of " + checked);
        assertTrue(declined.get() > checked / 10, "declined only " + declined + " of " + checked);
    }

    @Test
    void reads_the_everyday_command_lines() {
        for (String line : List.of("", "--profile dev", "--profile=dev --force --token 123456", "--version", "-V",
                "--profile dev --assume-role arn:aws:iam::123456789012:role/admin --duration 3600",
                "--long-suffix lt --short-suffix none --region eu-west-1 --log-level debug",
                "list", "list --output json", "list --names", "status", "status -q", "status --profile dev --quiet",
                "status --output=json", "export --profile dev", "export --format fish --no-refresh",
                "credential-process --profile dev", "--token-command ykman --refresh-window 10 --no-code-guard")) {
            String[] args = line.isEmpty() ? new String[0] : line.split(" ");
            Invocation quick = QuickParser.parse(args, SERVICES);
            assertNotNull(quick, line);
            assertSameAsPicocli(args, quick);
        }
    }

    @Test
    void leaves_help_errors_and_the_rarer_commands_to_picocli() {
        for (String line : List.of("--help", "-h", "list --help", "--profile", "--profile --force", "--bogus",
                "--duration abc", "--duration 010", "--profile a --profile b", "--force=true", "status --output xml",
                "exec -- aws s3 ls", "clear --expired", "completion bash", "--profile dev status", "-- --profile",
                "@args", "--profile @dev", "--profile=", "help")) {
            assertNull(QuickParser.parse(line.split(" "), SERVICES), line);
        }
    }

    @Test
    void the_version_request_prints_what_picocli_prints() {
        java.io.StringWriter quick = new java.io.StringWriter();
        QuickParser.parse(new String[] {"--version"}, SERVICES).run(new PrintWriter(quick), new PrintWriter(Writer.nullWriter()));
        java.io.StringWriter picocli = new java.io.StringWriter();
        PicocliLine.create(SERVICES, new PrintWriter(picocli), new PrintWriter(Writer.nullWriter()), List.of())
                .execute("--version");
        assertEquals(picocli.toString(), quick.toString());
    }

    private static void assertSameAsPicocli(String[] args, Invocation quick) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        CommandLine root = PicocliLine.create(SERVICES, sink, sink, Subcommands.neededFor(args));
        ParseResult result;
        try {
            result = root.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            fail("quick parser accepted what picocli refuses: " + describe(args) + ": " + e.getMessage());
            return;
        }
        if (quick.command() instanceof VersionCommand) {
            assertTrue(result.isVersionHelpRequested() && !result.hasSubcommand(), describe(args));
            return;
        }
        while (result.hasSubcommand()) {
            result = result.subcommand();
        }
        CommandSpec spec = result.commandSpec();
        assertEquals(spec.name(), quick.command().name(), describe(args));
        Command command = spec.name().equals("awsmfa") ? new AwsMfaCommand(SERVICES)
                : Subcommands.command(spec.name(), SERVICES);
        SpecArguments parsed = new SpecArguments(spec);
        for (OptionDef<?> option : command.options()) {
            assertEquals(parsed.get(option), quick.arguments().get(option), option.key() + " of " + describe(args));
        }
    }

    /**
     * A command (or none), then up to {@value #MAX_ITEMS} items. Every item is drawn the same way
     * whatever it turns out to be, so that shrinking one item leaves the others as they were.
     */
    private static Gen<GeneratedLine> commandLines() {
        Gen<ItemKind> kinds = Generate.frequency(List.of(
                Pair.of(1, Generate.constant(ItemKind.NOTHING)),
                Pair.of(2, Generate.constant(ItemKind.ODD_TOKEN)),
                Pair.of(2, Generate.constant(ItemKind.STRAY_VALUE)),
                Pair.of(16, Generate.constant(ItemKind.OPTION))));
        Gen<Integer> position = Generate.range(0, Item.POSITIONS - 1);
        Gen<Item> items = kinds.zip(position, position, position, Generate.booleans(), Item::new);
        return Generate.pick(COMMANDS).zip(lists().of(items).ofType(lists().arrayList()).ofSizeBetween(0, MAX_ITEMS),
                GeneratedLine::of);
    }

    private static List<OptionDef<?>> optionsFor(String command) {
        return command.isEmpty() || command.equals("completion") ? new AwsMfaCommand(SERVICES).options()
                : Subcommands.command(command, SERVICES).options();
    }

    /**
     * Mostly an option of the command, sometimes an odd token or a stray value; rarely nothing at
     * all, which lets shrinking drop an item from the middle of a line. Simplest first.
     */
    enum ItemKind { NOTHING, ODD_TOKEN, STRAY_VALUE, OPTION }

    /**
     * The choices that make one item: its kind, and positions in the lists of options, of the
     * option's names, and of values or odd tokens, as fractions (0 is the first, the simplest).
     */
    record Item(ItemKind kind, int option, int name, int value, boolean inline) {
        static final int POSITIONS = 1_000;

        List<String> tokens(List<OptionDef<?>> options) {
            return switch (kind) {
                case NOTHING -> List.of();
                case ODD_TOKEN -> List.of(at(ODD_TOKENS, value));
                case STRAY_VALUE -> List.of(at(VALUES, value));
                case OPTION -> optionTokens(at(options, option));
            };
        }

        /** The option by one of its names; its value, if it takes one, as the next token or after '='. */
        private List<String> optionTokens(OptionDef<?> chosen) {
            String spelling = at(List.of(chosen.names()), name);
            String text = at(VALUES, value);
            if (!chosen.takesValue()) {
                return List.of(spelling);
            }
            return inline ? List.of(spelling + "=" + text) : List.of(spelling, text);
        }

        private static <T> T at(List<T> list, int position) {
            return list.get(position * list.size() / POSITIONS);
        }
    }

    /** A generated command line; shown as it would be typed in a shell, so a failure can be pasted and run. */
    record GeneratedLine(List<String> tokens) {
        private static final Map<String, List<OptionDef<?>>> OPTIONS = COMMANDS.stream()
                .collect(Collectors.toMap(Function.identity(), QuickParserTest::optionsFor));

        static GeneratedLine of(String command, List<Item> items) {
            List<String> tokens = new ArrayList<>();
            if (!command.isEmpty()) {
                tokens.add(command);
            }
            for (Item item : items) {
                tokens.addAll(item.tokens(OPTIONS.get(command)));
            }
            return new GeneratedLine(List.copyOf(tokens));
        }

        String[] args() {
            return tokens.toArray(new String[0]);
        }

        @Override
        public String toString() {
            return describe(args());
        }
    }

    /** {@code args} as typed in a shell: {@code awsmfa --profile '' --duration 900}. */
    static String describe(String[] args) {
        StringBuilder out = new StringBuilder("awsmfa");
        for (String arg : args) {
            out.append(' ').append(shellQuoted(arg));
        }
        return out.toString();
    }

    private static String shellQuoted(String arg) {
        if (!arg.isEmpty() && arg.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c)
                || "-_=@:/.,+%".indexOf(c) >= 0))) {
            return arg;
        }
        if (arg.chars().noneMatch(Character::isISOControl)) {
            return "'" + arg.replace("'", "'\\''") + "'";
        }
        return "$'" + arg.replace("\\", "\\\\").replace("'", "\\'").replace("\t", "\\t").replace("\n", "\\n")
                .replace("\r", "\\r") + "'";
    }
}
