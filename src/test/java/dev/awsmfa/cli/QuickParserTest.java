package dev.awsmfa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.awsmfa.Services;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The quick parser against picocli: over generated command lines, whatever the quick parser
 * accepts, picocli parses without error to the same command and the same value for every option
 * (given or default); what it declines is left to picocli. Plus the everyday forms it must accept.
 */
class QuickParserTest {
    private static final Services SERVICES = Services.system();
    private static final List<String> COMMANDS = List.of("", "list", "status", "export", "credential-process",
            "clear", "exec", "completion");
    /** Tokens that are not options of any command, or are, in unusual spellings. */
    private static final List<String> ODD_TOKENS = List.of("-h", "--help", "-V", "--version", "--bogus", "-q", "-qh",
            "--", "@args", "list", "status", "help", "--force=true", "--profile=", "--Profile", "-", "--output=json");
    private static final List<String> VALUES = List.of("dev", "prod-eu", "", " ", "123", "900", "0", "007", "0x10",
            "-5", "abc", "json", "JSON", "Text", "fish", "POWERSHELL", "debug", "Warning", "none", "a=b", "--force",
            "-q", "status", "list", "@file", "arn:aws:iam::123456789012:mfa/alice", "ykman oath accounts code -s AWS",
            "2147483648", "123456789", "1234567890", "+5", "é", "\t");

    @Test
    void whatever_it_accepts_picocli_parses_to_the_same_command_and_values() {
        Random random = new Random(20261128);
        int accepted = 0;
        int declined = 0;
        for (int i = 0; i < 20_000; i++) {
            String[] args = generate(random);
            Invocation quick = QuickParser.parse(args, SERVICES);
            if (quick == null) {
                declined++;
                continue;
            }
            accepted++;
            assertSameAsPicocli(args, quick);
        }
        // Both outcomes must be common, or the comparison proves nothing.
        assertTrue(accepted > 2_000, "accepted only " + accepted);
        assertTrue(declined > 2_000, "declined only " + declined);
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
        Cli.create(SERVICES, new PrintWriter(picocli), new PrintWriter(Writer.nullWriter()), List.of())
                .execute("--version");
        assertEquals(picocli.toString(), quick.toString());
    }

    private static void assertSameAsPicocli(String[] args, Invocation quick) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        CommandLine root = Cli.create(SERVICES, sink, sink, Subcommands.neededFor(args));
        ParseResult result;
        try {
            result = root.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            fail("quick parser accepted what picocli refuses: " + Arrays.toString(args) + ": " + e.getMessage());
            return;
        }
        if (quick.command() instanceof VersionCommand) {
            assertTrue(result.isVersionHelpRequested() && !result.hasSubcommand(), Arrays.toString(args));
            return;
        }
        while (result.hasSubcommand()) {
            result = result.subcommand();
        }
        CommandSpec spec = result.commandSpec();
        assertEquals(spec.name(), quick.command().name(), Arrays.toString(args));
        Command command = spec.name().equals("awsmfa") ? new AwsMfaCommand(SERVICES)
                : Subcommands.command(spec.name(), SERVICES);
        SpecArguments parsed = new SpecArguments(spec);
        for (OptionDef<?> option : command.options()) {
            assertEquals(parsed.get(option), quick.arguments().get(option), option.key() + " of " + Arrays.toString(args));
        }
    }

    private static String[] generate(Random random) {
        List<String> args = new ArrayList<>();
        String command = COMMANDS.get(random.nextInt(COMMANDS.size()));
        if (!command.isEmpty()) {
            args.add(command);
        }
        List<OptionDef<?>> options = command.isEmpty() || command.equals("completion")
                ? new AwsMfaCommand(SERVICES).options() : Subcommands.command(command, SERVICES).options();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                args.add(ODD_TOKENS.get(random.nextInt(ODD_TOKENS.size())));
            } else if (kind == 1) {
                args.add(VALUES.get(random.nextInt(VALUES.size())));
            } else {
                OptionDef<?> option = options.get(random.nextInt(options.size()));
                String name = option.names()[random.nextInt(option.names().length)];
                String value = VALUES.get(random.nextInt(VALUES.size()));
                if (!option.takesValue()) {
                    args.add(name);
                } else if (random.nextBoolean()) {
                    args.add(name + "=" + value);
                } else {
                    args.add(name);
                    args.add(value);
                }
            }
        }
        return args.toArray(new String[0]);
    }
}
