package dev.awsmfa.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.PseudoTerminal;
import dev.awsmfa.testing.ReadmeRecipes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * README's shell recipes, copied from README.md as a reader copies them, run by bash and zsh in a pseudo-terminal
 * with the packaged awsmfa: the rc-file line and the prompt segment.
 */
class ShellRecipesIT extends StubbedStsFixture {
    static final String RC_FILE_HEADING = "### Shell rc file: a valid session in every new shell";
    static final String PROMPT_HEADING = "### Prompt segment: the time left, updated at every prompt";
    static final Duration INSIDE_THE_WINDOW = Duration.ofMinutes(3);

    /** What a terminal session needs to run the packaged awsmfa in the test's home. */
    Map<String, String> terminalEnv() {
        Map<String, String> env = new HashMap<>(aws.env());
        AwsMfaProcess.withSharedCache(env);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("PATH", AwsMfaProcess.launcher().getParent() + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        return env;
    }

    static String quoted(Object word) {
        return "'" + word.toString().replace("'", "'\\''") + "'";
    }

    @Nested
    class RcFile {
        Path rc;

        @BeforeEach
        void writeTheRecipe() throws IOException {
            rc = Files.writeString(dir.resolve("bashrc"), ReadmeRecipes.block(RC_FILE_HEADING, "sh", 0));
            assertTrue(Files.readString(rc).contains("awsmfa "), "README's rc-file block runs no awsmfa");
        }

        @Test
        void prints_nothing_in_a_new_bash_while_the_session_is_valid() throws Exception {
            aws.credentials(ValidSession.credentials("dev"));
            try (PseudoTerminal terminal = PseudoTerminal.run("bash --rcfile " + quoted(rc) + " -i -c 'echo READY'",
                    terminalEnv())) {
                assertEquals(0, terminal.exitCode(), terminal.screen());
                assertEquals("READY\n", terminal.screen());
            }
        }

        @Test
        void prints_nothing_in_a_new_zsh_while_the_session_is_valid() throws Exception {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/zsh")) || Files.isExecutable(Path.of("/bin/zsh")),
                    "zsh is not installed");
            aws.credentials(ValidSession.credentials("dev"));
            Path zdotdir = Files.createDirectory(dir.resolve("zdotdir"));
            Files.copy(rc, zdotdir.resolve(".zshrc"));
            Map<String, String> env = terminalEnv();
            env.put("ZDOTDIR", zdotdir.toString());
            try (PseudoTerminal terminal = PseudoTerminal.run("zsh -d -i -c 'echo READY'", env)) {
                assertEquals(0, terminal.exitCode(), terminal.screen());
                assertEquals("READY\n", terminal.screen());
            }
        }

        @Test
        void enter_at_the_prompt_keeps_an_expiring_session_with_one_warning() throws Exception {
            aws.credentials(ValidSession.credentials("dev", INSIDE_THE_WINDOW));
            String before = aws.credentials();
            try (PseudoTerminal terminal = PseudoTerminal.run("bash --rcfile " + quoted(rc)
                    + " -i -c 'echo \"rc done\"'", terminalEnv())) {
                terminal.awaitText("awsmfa: The session in [dev] expires in ")
                        .awaitText("Press Enter without a code to keep it.\nEnter MFA code for ")
                        .type("\n");
                assertEquals(0, terminal.exitCode(), terminal.screen());
                String screen = terminal.screen();
                assertTrue(screen.contains("\nawsmfa: warning: Session [dev] is still valid for ")
                        && screen.contains("; not renewed: no MFA code from the terminal.\nrc done\n"), screen);
            }
            assertEquals(before, aws.credentials());
            assertTrue(sts.requests().isEmpty());
        }

        @Test
        void a_piped_script_keeps_its_first_line() throws Exception {
            aws.credentials(ValidSession.credentials("dev", INSIDE_THE_WINDOW));
            try (PseudoTerminal terminal = PseudoTerminal.run("printf 'echo FIRST\\n' | bash -c '. " + rc
                    + "; exec bash --norc'", terminalEnv())) {
                terminal.awaitText("Enter MFA code for ").type("\n");
                assertEquals(0, terminal.exitCode(), terminal.screen());
                assertTrue(terminal.screen().endsWith("\nFIRST\n"), terminal.screen());
            }
        }

        @Test
        void without_a_terminal_a_piped_script_keeps_its_first_line_and_the_session_is_kept() throws Exception {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/setsid")), "util-linux setsid is not installed");
            aws.credentials(ValidSession.credentials("dev", INSIDE_THE_WINDOW));
            String before = aws.credentials();
            ProcessBuilder builder = new ProcessBuilder("setsid", "-w", "bash", "-c", ". " + rc + "; exec bash --norc");
            builder.environment().clear();
            builder.environment().putAll(terminalEnv());
            Process shell = builder.start();
            try (OutputStream stdin = shell.getOutputStream()) {
                stdin.write("echo FIRST\n".getBytes(StandardCharsets.UTF_8));
            }
            CompletableFuture<String> out = read(shell.getInputStream());
            CompletableFuture<String> err = read(shell.getErrorStream());
            assertTrue(shell.waitFor(60, TimeUnit.SECONDS), "the shell did not end");
            String context = "stdout: " + out.join() + "\nstderr: " + err.join();
            assertEquals(0, shell.exitValue(), context);
            assertEquals("FIRST\n", out.join(), context);
            assertTrue(err.join().startsWith("awsmfa: warning: Session [dev] is still valid for ")
                    && err.join().contains("; not renewed: no terminal to ask for an MFA code on."), context);
            assertEquals(before, aws.credentials());
        }
    }

    @Nested
    class WithoutTheRecipesGuard {
        @Test
        void a_piped_script_is_not_read_for_the_code_when_the_terminal_can_be_asked() throws Exception {
            aws.credentials(dev.awsmfa.testing.AwsHome.longTermSection("dev"));
            sts.succeeding(43_200);
            try (PseudoTerminal terminal = PseudoTerminal.run("printf 'echo FIRST\\n' | bash -c "
                    + "'awsmfa --profile dev; exec bash --norc'", terminalEnv())) {
                terminal.awaitText("awsmfa: No session in [dev] yet.\nEnter MFA code for ").type("123456\n");
                assertEquals(0, terminal.exitCode(), terminal.screen());
                assertTrue(terminal.screen().endsWith("\nFIRST\n"), terminal.screen());
            }
            assertEquals("123456", sts.onlyRequestParameters().get("TokenCode"));
        }
    }

    @Nested
    class PromptSegment {
        Path segment;

        @BeforeEach
        void writeTheRecipe() throws IOException {
            segment = Files.writeString(dir.resolve("segment.sh"), ReadmeRecipes.block(PROMPT_HEADING, "sh", 0));
        }

        /** Runs the segment function in {@code shell} once and returns what it printed. */
        String segmentIn(String shell) throws Exception {
            assumeShell(shell);
            ProcessBuilder builder = new ProcessBuilder(shell, "-c", ". " + quoted(segment) + "; awsmfa_segment");
            builder.environment().clear();
            builder.environment().putAll(aws.env());
            builder.environment().put("AWS_PROFILE", "dev");
            builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            Process process = builder.redirectErrorStream(true).start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), shell + " did not end");
            assertEquals(0, process.exitValue(), printed);
            return printed;
        }

        @ParameterizedTest(name = "in {0}")
        @ValueSource(strings = {"bash", "zsh"})
        void shows_the_time_left_and_the_refresh_window(String shell) throws Exception {
            aws.credentials(ValidSession.credentials("dev", Duration.ofMinutes(125).plusSeconds(30)));
            assertEquals("[dev 2h05m] ", segmentIn(shell));
            aws.credentials(ValidSession.credentials("dev", Duration.ofMinutes(3).plusSeconds(30)));
            assertEquals("[dev 3m!] ", segmentIn(shell));
            aws.credentials(ValidSession.credentials("dev", Duration.ofMinutes(-1)));
            assertEquals("[dev expired] ", segmentIn(shell));
            aws.credentials(ValidSession.credentials("other"));
            assertEquals("[dev no session] ", segmentIn(shell));
        }

        @ParameterizedTest(name = "in {0}")
        @ValueSource(strings = {"bash", "zsh"})
        void a_credentials_file_that_is_a_pipe_is_not_read_and_the_prompt_does_not_hang(String shell)
                throws Exception {
            Path fifo = dir.resolve("credentials-fifo");
            assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
            aws.env("AWS_SHARED_CREDENTIALS_FILE", fifo.toString());
            assertEquals("[dev no session] ", segmentIn(shell));
        }

        @Test
        void bash_updates_it_at_every_prompt_with_no_java_to_run() throws Exception {
            Path rc = Files.writeString(dir.resolve("bashrc"), "PS1='$ '\n" + Files.readString(segment)
                    + ReadmeRecipes.block(PROMPT_HEADING, "bash", 0));
            assertUpdatesAtEveryPrompt("/bin/bash --rcfile " + quoted(rc) + " -i", Map.of());
        }

        @Test
        void zsh_updates_it_at_every_prompt_with_no_java_to_run() throws Exception {
            assumeShell("zsh");
            Path zdotdir = Files.createDirectory(dir.resolve("zdotdir"));
            Files.writeString(zdotdir.resolve(".zshrc"), "PROMPT='$ '\n" + Files.readString(segment)
                    + ReadmeRecipes.block(PROMPT_HEADING, "zsh", 0));
            assertUpdatesAtEveryPrompt(Files.isExecutable(Path.of("/usr/bin/zsh")) ? "/usr/bin/zsh -d -i" : "/bin/zsh -d -i",
                    Map.of("ZDOTDIR", zdotdir.toString()));
        }

        /**
         * Starts an interactive shell whose PATH holds awk alone (no java, no awsmfa), renews the session from
         * outside while it waits at its prompt, and expects the next prompt to show the new time left.
         */
        void assertUpdatesAtEveryPrompt(String shell, Map<String, String> extra) throws Exception {
            Path bin = Files.createDirectory(dir.resolve("bin"));
            Files.copy(Path.of("/usr/bin/awk").toRealPath(), bin.resolve("awk"), StandardCopyOption.COPY_ATTRIBUTES);
            Map<String, String> env = new HashMap<>(aws.env());
            env.put("PATH", bin.toString());
            env.put("AWS_PROFILE", "dev");
            env.putAll(extra);
            aws.credentials(ValidSession.credentials("dev", Duration.ofMinutes(-10)));
            try (PseudoTerminal terminal = PseudoTerminal.run(shell, env)) {
                terminal.awaitText("[dev expired] $ ");
                aws.credentials(ValidSession.credentials("dev", Duration.ofMinutes(150).plusSeconds(30)));
                terminal.type("\n").awaitText("[dev 2h30m] $ ").type("exit\n");
                assertEquals(0, terminal.exitCode(), terminal.screen());
                assertFalse(terminal.screen().contains("not found"), terminal.screen());
            }
        }

        void assumeShell(String shell) {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin", shell)) || Files.isExecutable(Path.of("/bin", shell)),
                    shell + " is not installed");
        }
    }

    private static CompletableFuture<String> read(java.io.InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
