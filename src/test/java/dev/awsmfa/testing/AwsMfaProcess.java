package dev.awsmfa.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the packaged {@code target/awsmfa} launcher as a separate process with a clean environment
 * (only what the test gives, plus PATH, JAVA_HOME and a shared cache directory for the launcher's
 * class-data archive), so no developer setting leaks in.
 */
public final class AwsMfaProcess {
    private static final boolean WINDOWS = File.separatorChar == '\\';
    private final List<String> prefix = new ArrayList<>();
    private final Map<String, String> env;
    private String stdin;
    private Path launcher;

    private AwsMfaProcess(Map<String, String> env) {
        this.env = env;
    }

    public static AwsMfaProcess with(Map<String, String> env) {
        return new AwsMfaProcess(env);
    }

    static final String CACHE_VARIABLE = "XDG_CACHE_HOME";

    /**
     * The cache directory every launched awsmfa must use: one class-data archive for the whole
     * run, outside each test's temporary HOME, since the launcher's background training must not
     * write into a directory JUnit is deleting. Tests that start awsmfa through a shell of their
     * own set it too ({@link #withSharedCache}).
     */
    public static String sharedCache() {
        return System.getProperty("awsmfa.cache", "target/it-cache");
    }

    /** Adds the shared cache directory to an environment for a process that will run awsmfa. */
    public static Map<String, String> withSharedCache(Map<String, String> environment) {
        environment.put(CACHE_VARIABLE, sharedCache());
        return environment;
    }

    public static Path launcher() {
        String path = System.getProperty("awsmfa.launcher", "target/awsmfa");
        Path launcher = Paths.get(path).toAbsolutePath();
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException(launcher + " is missing: run `mvn package` (the ITs run in `mvn verify`).");
        }
        return launcher;
    }

    /** Runs this launcher instead of {@code target/awsmfa}, e.g. one unpacked from the archive. */
    public AwsMfaProcess launcher(Path installed) {
        this.launcher = installed;
        return this;
    }

    /** Feeds this text on stdin (as a pipe); without it stdin is the null device. */
    public AwsMfaProcess stdin(String text) {
        this.stdin = text;
        return this;
    }

    /** Runs in a new session with no controlling terminal, as under cron or CI. */
    public AwsMfaProcess withoutTerminal() {
        assumeTrue(onPath("setsid"), "util-linux setsid is not installed (macOS)");
        prefix.add("setsid");
        prefix.add("-w");
        return this;
    }

    public Process start(String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(launcherCommand());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().put("TZ", "UTC");
        if (WINDOWS) {
            // The JVM and cmd.exe need the Windows directory to start.
            builder.environment().put("SystemRoot", System.getenv().getOrDefault("SystemRoot", "C:\\Windows"));
        }
        builder.environment().put(CACHE_VARIABLE, sharedCache());
        builder.environment().putAll(env);
        if (stdin == null) {
            builder.redirectInput(new File(WINDOWS ? "NUL" : "/dev/null"));
        }
        try {
            Process process = builder.start();
            if (stdin != null) {
                try (OutputStream in = process.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> launcherCommand() {
        Path path = launcher != null ? launcher : launcher();
        return path.toString().endsWith(".cmd") ? List.of("cmd.exe", "/c", path.toString()) : List.of(path.toString());
    }

    public CliRun.Result run(String... args) {
        return finish(start(args));
    }

    /** Waits for a started process (60 s at most) and collects what it printed. */
    public static CliRun.Result finish(Process process) {
        CompletableFuture<String> out = readAsync(process.getInputStream());
        CompletableFuture<String> err = readAsync(process.getErrorStream());
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("awsmfa did not finish within 60 s; stderr so far: " + err.getNow(""));
            }
            CliRun.Result result = new CliRun.Result(process.exitValue(), out.join(), err.join());
            SecretScan.assertNoSecret("stderr of awsmfa", result.err());
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static CompletableFuture<String> readAsync(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
