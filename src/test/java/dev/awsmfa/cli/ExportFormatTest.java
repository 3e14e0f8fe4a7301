package dev.awsmfa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every export format reads back each value unchanged, however hostile its characters. */
class ExportFormatTest {
    /** Quotes of every kind, expansions, globs, escapes, separators, a line break and non-ASCII. */
    static final List<String> HOSTILE = List.of("plain/+=", "it's", "say \"hi\"", "$HOME ${X} $(id) `id`",
            "back\\slash\\", "*?[a]~ {a,b}", "a;b&c|d>e<f", "two\nlines", "tab\there", "!event !!", "é ü 日本",
            "'\\''", "‘curly’ quotes", "#not a comment", "-n", "");

    static Map<String, String> variables(String value) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("AWS_ACCESS_KEY_ID", "ASIAIOSFODNN7EXAMPLE");
        variables.put("AWS_SESSION_TOKEN", value);
        return variables;
    }

    @Nested
    class RunByARealShell {
        @ParameterizedTest
        @ValueSource(strings = {"bash", "sh", "zsh"})
        void evaluating_the_sh_export_sets_every_value_exactly(String shell) throws Exception {
            assumeTrue(installed(shell), shell + " is not installed");
            for (String value : HOSTILE) {
                String script = ExportFormat.SH.render(variables(value)) + "printf '%s' \"$AWS_SESSION_TOKEN\"";
                assertEquals(value, run(shell, "-c", script), () -> shell + " read back a different value: " + script);
            }
        }

        @Test
        void bash_eval_of_the_command_substitution_works() throws Exception {
            for (String value : HOSTILE) {
                Path file = Files.createTempFile("export", ".sh");
                try {
                    Files.writeString(file, ExportFormat.SH.render(variables(value)), StandardCharsets.UTF_8);
                    String script = "eval \"$(cat '" + file + "')\"; printf '%s' \"$AWS_SESSION_TOKEN\"";
                    assertEquals(value, run("bash", "-c", script));
                } finally {
                    Files.delete(file);
                }
            }
        }
    }

    @Nested
    class ReadByPythonDotenv {
        /** Debian's python3-dotenv (0.21, the one that expands ${...} even in single quotes); .ci/run installs it. */
        @Test
        void every_value_dotenv_accepts_reads_back_unchanged() throws Exception {
            assumeTrue(installed("python3") && run("python3", "-c", "import importlib.util as u; "
                    + "print(u.find_spec('dotenv') is not None)").strip().equals("True"), "python3-dotenv is not installed");
            int accepted = 0;
            for (String value : HOSTILE) {
                String rendered;
                try {
                    rendered = ExportFormat.DOTENV.render(variables(value));
                } catch (AwsMfaException refused) {
                    continue;
                }
                accepted++;
                Path file = Files.createTempFile("export", ".env");
                try {
                    Files.writeString(file, rendered, StandardCharsets.UTF_8);
                    String read = run("python3", "-c", "import dotenv, json, sys; sys.stdout.write(json.dumps("
                            + "dotenv.dotenv_values(sys.argv[1], encoding='utf-8')))", file.toString());
                    assertEquals(List.copyOf(variables(value).entrySet()), List.copyOf(Json.object(read).entrySet()),
                            rendered);
                } finally {
                    Files.delete(file);
                }
            }
            assertEquals(HOSTILE.size() - 4, accepted, "refused only line breaks, ${...} and backslashes");
        }
    }

    @Nested
    class CheckedByTheShellsRules {
        @Test
        void fish_single_quotes_escape_only_backslash_and_quote() {
            for (String value : HOSTILE) {
                String line = ExportFormat.FISH.render(variables(value));
                line = line.substring(line.indexOf("set -gx AWS_SESSION_TOKEN "), line.length() - 1);
                String quoted = line.substring("set -gx AWS_SESSION_TOKEN ".length(), line.length() - 1);
                assertEquals(value, FishQuotes.unquote(quoted), line);
            }
        }

        @Test
        void powershell_single_quotes_double_every_quote_character() {
            for (String value : HOSTILE) {
                String rendered = ExportFormat.POWERSHELL.render(variables(value));
                String line = rendered.substring(rendered.indexOf("$Env:AWS_SESSION_TOKEN = "), rendered.length() - 1);
                String quoted = line.substring("$Env:AWS_SESSION_TOKEN = ".length());
                assertEquals(value, PowerShellQuotes.unquote(quoted), line);
            }
        }

        @Test
        void dotenv_single_quotes_what_every_reader_takes_literally_and_refuses_what_they_read_differently() {
            assertEquals("AWS_SESSION_TOKEN='plain/+= $HOME `id` \"hi\"'\n",
                    ExportFormat.DOTENV.render(Map.of("AWS_SESSION_TOKEN", "plain/+= $HOME `id` \"hi\"")));
            assertEquals("AWS_SESSION_TOKEN=\"it's\"\n", ExportFormat.DOTENV.render(Map.of("AWS_SESSION_TOKEN", "it's")));
            for (String value : List.of("two\nlines", "a${X}", "back\\slash", "it's $HOME", "it's \"x\"")) {
                AwsMfaException e = assertThrows(AwsMfaException.class,
                        () -> ExportFormat.DOTENV.render(Map.of("AWS_SESSION_TOKEN", value)), value);
                assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
            }
        }

        @Test
        void docker_env_file_lines_are_literal_and_refuse_line_breaks() {
            assertEquals("AWS_SESSION_TOKEN=it's \"$HOME\" \\ `x`\n",
                    ExportFormat.DOCKER.render(Map.of("AWS_SESSION_TOKEN", "it's \"$HOME\" \\ `x`")));
            AwsMfaException e = assertThrows(AwsMfaException.class,
                    () -> ExportFormat.DOCKER.render(Map.of("AWS_SESSION_TOKEN", "two\r\nlines")));
            assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        }

        @Test
        void json_is_one_object_with_escaped_strings() {
            assertEquals("{\"AWS_ACCESS_KEY_ID\": \"ASIAIOSFODNN7EXAMPLE\", \"AWS_SESSION_TOKEN\": \"a\\\"b\\\\c\\n\"}\n",
                    ExportFormat.JSON.render(variables("a\"b\\c\n")));
        }

        @Test
        void json_reads_back_every_value_unchanged_and_in_order() {
            for (String value : HOSTILE) {
                String rendered = ExportFormat.JSON.render(variables(value));
                assertEquals(List.copyOf(variables(value).entrySet()), List.copyOf(Json.object(rendered).entrySet()),
                        rendered);
            }
        }

        @Test
        void cmd_quotes_the_whole_assignment() {
            assertEquals("set \"AWS_SESSION_TOKEN=a&b|c^d<e>f\"\n", ExportFormat.CMD.render(Map.of("AWS_SESSION_TOKEN",
                    "a&b|c^d<e>f")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"100%", "say \"hi\"", "bang!", "two\nlines"})
        void cmd_refuses_what_it_cannot_express(String value) {
            AwsMfaException e = assertThrows(AwsMfaException.class,
                    () -> ExportFormat.CMD.render(Map.of("AWS_SESSION_TOKEN", value)));
            assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        }
    }

    /** fish's rule for single quotes: only {@code \\} and {@code \'} are escapes. */
    static final class FishQuotes {
        static String unquote(String quoted) {
            if (!quoted.startsWith("'") || !quoted.endsWith("'") || quoted.length() < 2) {
                throw new AssertionError("not single-quoted: " + quoted);
            }
            StringBuilder value = new StringBuilder();
            String body = quoted.substring(1, quoted.length() - 1);
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '\\' && i + 1 < body.length() && (body.charAt(i + 1) == '\\' || body.charAt(i + 1) == '\'')) {
                    value.append(body.charAt(++i));
                } else if (c == '\'') {
                    throw new AssertionError("unescaped quote ends the string early: " + quoted);
                } else {
                    value.append(c);
                }
            }
            return value.toString();
        }
    }

    /** PowerShell's rule: a single-quoted string takes a quote (straight or typographic) only doubled. */
    static final class PowerShellQuotes {
        static boolean isQuote(char c) {
            return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
        }

        static String unquote(String quoted) {
            if (!isQuote(quoted.charAt(0)) || !isQuote(quoted.charAt(quoted.length() - 1)) || quoted.length() < 2) {
                throw new AssertionError("not single-quoted: " + quoted);
            }
            StringBuilder value = new StringBuilder();
            String body = quoted.substring(1, quoted.length() - 1);
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (isQuote(c)) {
                    if (i + 1 >= body.length() || !isQuote(body.charAt(i + 1))) {
                        throw new AssertionError("lone quote ends the string early: " + quoted);
                    }
                    i++;
                }
                value.append(c);
            }
            return value.toString();
        }
    }

    static boolean installed(String shell) {
        return List.of("/bin", "/usr/bin", "/usr/local/bin").stream().anyMatch(d -> Files.isExecutable(Path.of(d, shell)));
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
