package dev.awsmfa.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A shell command line run by bash under a pseudo-terminal (util-linux {@code script -qfec}), as a person in a
 * terminal window meets it: the test types on its keyboard and reads its screen. The environment is only what
 * the test gives plus {@code TERM=dumb} (no escape sequences on the screen), {@code LANG} and {@code TZ}.
 */
public final class PseudoTerminal implements AutoCloseable {
    /** How long anything may take on a loaded 2-core machine. */
    private static final long LIMIT_SECONDS = 60;

    private final Process script;
    private final Transcript screen;
    private final OutputStream keyboard;

    private PseudoTerminal(Process script) {
        this.script = script;
        this.screen = Transcript.follow(script.getInputStream());
        this.keyboard = script.getOutputStream();
    }

    /** Whether {@code script} and {@code bash} can run here (util-linux, so not macOS's BSD script). */
    public static void assumeAvailable() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")) && System.getProperty("os.name").equals("Linux"),
                "util-linux script is not installed");
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");
    }

    /** Starts {@code bash -c commandLine} under a new pseudo-terminal, its controlling terminal. */
    public static PseudoTerminal run(String commandLine, Map<String, String> env) {
        assumeAvailable();
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qfec", commandLine, "/dev/null")
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().put("SHELL", "/bin/bash");
        builder.environment().put("TERM", "dumb");
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().put("TZ", "UTC");
        builder.environment().putAll(env);
        try {
            return new PseudoTerminal(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the screen shows {@code text} ({@code \n} as the terminal's {@code \r\n}); fails, showing the screen, if it does not within a minute. */
    public PseudoTerminal awaitText(String text) throws InterruptedException {
        assertTrue(screen.awaitText(text.replace("\n", "\r\n"), LIMIT_SECONDS), "the terminal never showed \"" + text + "\"; it shows:\n"
                + screen());
        return this;
    }

    /**
     * Waits until {@code text} shows at or after {@code from}, both as the terminal wrote them ({@code \r\n}
     * line ends, offsets into {@link #rawScreen()}); returns where it ends, to wait for what comes after it.
     */
    public int awaitRaw(String text, int from) throws InterruptedException {
        int end = screen.awaitText(text, from, LIMIT_SECONDS);
        assertTrue(end >= 0, "the terminal never showed \"" + text + "\" after offset " + from + "; it shows:\n"
                + screen());
        return end;
    }

    /** Types {@code keys} ({@code "\n"} is Enter). */
    public PseudoTerminal type(String keys) throws IOException {
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
        return this;
    }

    /** Waits for the command line to end and returns its exit status. */
    public int exitCode() throws InterruptedException {
        assertTrue(script.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS), "did not end within a minute; the terminal "
                + "shows:\n" + screen());
        return script.exitValue();
    }

    /** Everything shown so far, as the terminal wrote it. */
    public String rawScreen() {
        return screen.text();
    }

    /** Everything shown so far, with the terminal's {@code \r\n} as {@code \n}. */
    public String screen() {
        return screen.text().replace("\r\n", "\n");
    }

    @Override
    public void close() {
        script.descendants().forEach(ProcessHandle::destroyForcibly);
        script.destroyForcibly();
    }
}
