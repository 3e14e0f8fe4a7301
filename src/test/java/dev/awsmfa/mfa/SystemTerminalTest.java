package dev.awsmfa.mfa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.awsmfa.testing.Transcript;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link TerminalProbe} in a child JVM, so the real stdin and controlling terminal can be a
 * pipe, a pseudo-terminal ({@code script}) or nothing at all ({@code setsid}).
 */
@DisabledOnOs(OS.WINDOWS)
class SystemTerminalTest {
    private static final long PROCESS_LIMIT_SECONDS = 60;

    @Nested
    class WithPipedStdin {
        @Test
        void reports_piped_and_reads_only_the_first_line() throws Exception {
            Process probe = new ProcessBuilder(probeCommand("stdin")).redirectErrorStream(true).start();
            try (OutputStream stdin = probe.getOutputStream()) {
                stdin.write("123456\r\nnext line\n".getBytes(StandardCharsets.UTF_8));
            }
            String output = finish(probe);
            assertLines(output, "piped=true", "line=[123456]", "rest=[next line");
        }

        @Test
        void reports_piped_and_no_line_for_an_empty_stdin() throws Exception {
            Process probe = new ProcessBuilder(probeCommand("stdin"))
                    .redirectInput(new File("/dev/null")).redirectErrorStream(true).start();
            assertLines(finish(probe), "piped=true", "line=<none>", "rest=[]");
        }
    }

    @Nested
    class UnderAPseudoTerminal {
        @TempDir
        Path dir;

        /**
         * Runs {@code innerCommand} with bash under a pseudo-terminal whose keyboard is the
         * returned process's stdin and whose screen is its stdout. Bash, because it goes on with
         * the next command after a child that handled Ctrl-C, where dash stops.
         */
        private Process underPseudoTerminal(String innerCommand) throws IOException {
            // BSD script (macOS) takes other flags than util-linux's -qec.
            assumeTrue(OS.LINUX.isCurrentOs() && onPath("script"), "util-linux script is not installed");
            assumeTrue(onPath("bash"), "bash is not installed");
            ProcessBuilder builder = new ProcessBuilder("script", "-qec", innerCommand, "/dev/null")
                    .redirectErrorStream(true);
            builder.environment().put("SHELL", "bash");
            return builder.start();
        }

        /** The probe's stdout is a file, so System.console() is null and the `test -t 0` check runs. */
        private String probeInto(Path stdout) throws URISyntaxException {
            return probeCommand("prompt").stream().map(SystemTerminalTest::shellQuoted)
                    .collect(Collectors.joining(" ")) + " > " + shellQuoted(stdout.toString());
        }

        private void typeAtPrompt(Process script, Transcript screen, String keys) throws Exception {
            try (OutputStream keyboard = script.getOutputStream()) {
                assertTrue(screen.awaitText(TerminalProbe.PROMPT, PROCESS_LIMIT_SECONDS),
                        "no prompt on the terminal; it showed: " + screen.text());
                keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
                keyboard.flush();
                assertTrue(script.waitFor(PROCESS_LIMIT_SECONDS, TimeUnit.SECONDS), "script did not end");
            }
        }

        @Test
        void prompts_on_the_terminal_without_echo_and_never_on_stdout() throws Exception {
            Path probeStdout = dir.resolve("probe.out");
            Process script = underPseudoTerminal(probeInto(probeStdout));
            Transcript screen = Transcript.follow(script.getInputStream());

            typeAtPrompt(script, screen, "654321\n");

            String stdout = Files.readString(probeStdout);
            String context = "probe stdout: " + stdout + "\nterminal: " + screen.text();
            assertLines(stdout, "piped=false", "answer=[654321]", "echo=true");
            assertFalse(stdout.contains(TerminalProbe.PROMPT), context);
            assertFalse(screen.text().contains("654321"), "the typed code was echoed; " + context);
        }

        @Test
        void ctrl_c_at_the_prompt_leaves_the_terminal_echoing() throws Exception {
            Path sttyAfter = dir.resolve("stty.out");
            Process script = underPseudoTerminal(probeInto(dir.resolve("probe.out"))
                    + "; stty -a > " + shellQuoted(sttyAfter.toString()));
            Transcript screen = Transcript.follow(script.getInputStream());

            typeAtPrompt(script, screen, "\u0003");

            String modes = Files.readString(sttyAfter);
            assertTrue(List.of(modes.split("[\\s;]+")).contains("echo"), "terminal modes after Ctrl-C: " + modes);
        }
    }

    @Nested
    class WithoutAControllingTerminal {
        @Test
        void the_prompt_has_no_answer(@TempDir Path dir) throws Exception {
            assumeTrue(onPath("setsid"), "util-linux setsid is not installed");
            List<String> command = new ArrayList<>(List.of("setsid", "-w"));
            command.addAll(probeCommand("prompt"));
            Process probe = new ProcessBuilder(command)
                    .redirectInput(new File("/dev/null")).redirectErrorStream(true).start();
            assertLines(finish(probe), "piped=true", "answer=<none>");
        }
    }

    private static List<String> probeCommand(String mode) throws URISyntaxException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = Stream.of(SystemTerminal.class, TerminalProbe.class)
                .map(SystemTerminalTest::classRoot)
                .distinct()
                .collect(Collectors.joining(File.pathSeparator));
        return List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classPath,
                TerminalProbe.class.getName(), mode);
    }

    private static String classRoot(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String finish(Process process) throws IOException, InterruptedException {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(PROCESS_LIMIT_SECONDS, TimeUnit.SECONDS), "did not end; printed: " + output);
        return output;
    }

    private static void assertLines(String output, String... expectedStarts) {
        List<String> lines = output.lines().collect(Collectors.toList());
        for (String start : expectedStarts) {
            assertTrue(lines.stream().anyMatch(line -> line.startsWith(start)),
                    "no line starting with " + start + " in:\n" + output);
        }
    }

    private static String shellQuoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
