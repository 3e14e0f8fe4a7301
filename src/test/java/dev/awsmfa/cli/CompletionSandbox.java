package dev.awsmfa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.awsmfa.Services;
import dev.awsmfa.testing.AwsHome;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * Shells completing awsmfa command lines with the scripts {@code awsmfa completion SHELL} prints, in a sandbox:
 * {@code PATH} holds awk, tr and a stand-in command only (no java; an {@code awsmfa} that records being run and
 * fails), {@code JAVA_HOME} is unset, and {@code HOME} and the AWS files are the test's own.
 */
final class CompletionSandbox {
    /** The one command on the sandbox's PATH that a user would run through {@code awsmfa exec}. */
    static final String COMMAND_ON_PATH = "terraform-like-tool";

    final AwsHome aws;
    private final Path dir;
    private final Path bin;
    private final Path workingDirectory;
    private final Path tripwire;

    CompletionSandbox(Path dir) throws IOException {
        this.dir = dir;
        aws = new AwsHome(Files.createDirectories(dir.resolve("home")));
        bin = Files.createDirectories(dir.resolve("bin"));
        tripwire = dir.resolve("awsmfa-ran");
        for (String tool : new String[] {"awk", "tr"}) {
            Files.createSymbolicLink(bin.resolve(tool), onSystemPath(tool).orElseThrow());
        }
        executable(bin.resolve("awsmfa"), "#!/bin/sh\necho \"$@\" >> '" + tripwire + "'\nexit 1\n");
        executable(bin.resolve(COMMAND_ON_PATH), "#!/bin/sh\nexit 0\n");
        // Files a glob in a profile name would match, were it expanded.
        workingDirectory = Files.createDirectories(dir.resolve("cwd"));
        for (String file : new String[] {"star-shaped", "two"}) {
            Files.writeString(workingDirectory.resolve(file), "");
        }
    }

    /** A sandbox for tests that drive bash; the test is skipped where there is no bash. */
    static CompletionSandbox withBash(Path dir) throws IOException {
        assumeTrue(onSystemPath("bash").isPresent(), "bash is not installed");
        return new CompletionSandbox(dir);
    }

    static Optional<Path> onSystemPath(String program) {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(entry, program);
            if (!entry.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The command tree awsmfa runs, which the scripts are rendered from. */
    static CommandLine model() {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        return Cli.create(Services.system(), sink, sink);
    }

    Path script(CompletionCommand.Shell shell) throws IOException {
        Path script = dir.resolve(CompletionScript.fileName(shell));
        if (!Files.exists(script)) {
            Files.writeString(script, CompletionScript.render(shell, model()));
        }
        return script;
    }

    /** What bash's completion function leaves in COMPREPLY for a line split into COMP_WORDS as {@code words}. */
    List<String> bash(String... words) throws IOException {
        return bashRun("printf '%s\\n' \"${COMPREPLY[@]}\"", words);
    }

    /** Each COMPREPLY entry as the shell reads it back when it is on the command line: one word each. */
    List<String> bashReadBack(String... words) throws IOException {
        return bashRun("for r in \"${COMPREPLY[@]}\"; do eval \"set -- $r\"; printf '%s\\n' \"$# $1\"; done", words);
    }

    /**
     * What a function standing in for awsmfa receives, as {@code <arg>} each, when an interactive bash in a
     * pseudo-terminal (util-linux {@code script}) reads each line typed with a Tab at its end, then Enter: what
     * readline inserted, as the shell parses it. Typed all at once: readline completes before reading on.
     */
    List<String> bashTyped(String... lines) throws IOException {
        StringBuilder typed = new StringBuilder("PS1='$ '; source '" + script(CompletionCommand.Shell.BASH)
                + "'; awsmfa() { printf '<%s>' \"$@\"; echo; }\n");
        for (String line : lines) {
            typed.append(line).append("\t\n");
        }
        Path input = dir.resolve("typed");
        Files.writeString(input, typed.append("exit\n"));
        List<String> received = new ArrayList<>();
        for (String line : run(List.of(onSystemPath("script").orElseThrow().toString(), "-qec",
                onSystemPath("bash").orElseThrow() + " --norc --noprofile -i", "/dev/null"), input)) {
            // Without the terminal's control sequences (bracketed paste) and carriage returns.
            String text = line.replaceAll("\u001B\\[[?0-9;]*[A-Za-z]", "").replace("\r", "");
            if (text.startsWith("<")) {
                received.add(text);
            }
        }
        return received;
    }

    /** The output of a bash program run in the sandbox. */
    List<String> bashProgram(String program) throws IOException {
        return run(List.of(onSystemPath("bash").orElseThrow().toString(), "--norc", "--noprofile", "-c", program));
    }

    private List<String> bashRun(String print, String... words) throws IOException {
        List<String> command = new ArrayList<>(List.of(onSystemPath("bash").orElseThrow().toString(), "--norc",
                "--noprofile", "-c", "source \"$1\" || exit 9; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 ));"
                        + " COMPREPLY=(); _awsmfa; " + print, "bash", script(CompletionCommand.Shell.BASH).toString()));
        command.addAll(List.of(words));
        return run(command);
    }

    /** The candidates fish's {@code complete -C} gives for {@code line}, without their descriptions. */
    List<String> fish(String line) throws IOException {
        List<String> candidates = new ArrayList<>();
        for (String candidate : run(List.of(onSystemPath("fish").orElseThrow().toString(), "--no-config", "-c",
                "source $argv[1]; or exit 9; complete -C $argv[2]", script(CompletionCommand.Shell.FISH).toString(),
                line))) {
            candidates.add(candidate.split("\t", 2)[0]);
        }
        return candidates;
    }

    /**
     * The matches a real interactive zsh (in a pseudo-terminal, after compinit) offers for each line, the script
     * sourced or, with {@code fromFpath}, autoloaded as {@code _awsmfa} from {@code $fpath}.
     */
    List<List<String>> zsh(boolean fromFpath, String... lines) throws IOException {
        Path script = script(CompletionCommand.Shell.ZSH);
        if (fromFpath) {
            Path functions = Files.createDirectories(dir.resolve("zsh-functions"));
            Files.copy(script, functions.resolve("_awsmfa"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            script = functions;
        }
        Path driver = dir.resolve("zsh-complete.zsh");
        try (InputStream in = CompletionSandbox.class.getResourceAsStream("/completion/zsh-complete.zsh")) {
            Files.write(driver, in.readAllBytes());
        }
        Path out = dir.resolve("zsh-matches");
        Files.deleteIfExists(out);
        String zsh = onSystemPath("zsh").orElseThrow().toString();
        List<String> command = new ArrayList<>(List.of(zsh, "-f", driver.toString(), zsh, script.toString(),
                out.toString()));
        command.addAll(List.of(lines));
        run(command);
        List<List<String>> matches = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            if (line.equals("END")) {
                matches.add(current);
                current = new ArrayList<>();
            } else if (!current.contains(line)) {
                current.add(line);
            }
        }
        assertEquals(lines.length, matches.size(), "zsh completed " + matches.size() + " of " + lines.length + " lines");
        return matches;
    }

    private List<String> run(List<String> command) throws IOException {
        return run(command, Path.of("/dev/null"));
    }

    private List<String> run(List<String> command, Path stdin) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.putAll(aws.env());
        env.put("PATH", bin.toString());
        env.put("LANG", "C.UTF-8");
        env.put("TERM", "xterm");
        builder.redirectInput(stdin.toFile());
        Path errors = dir.resolve("stderr");
        builder.redirectError(errors.toFile());
        Process process = builder.start();
        byte[] out;
        try (InputStream stdout = process.getInputStream()) {
            out = stdout.readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish in 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
        String stdout = new String(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(errors);
        assertEquals(0, process.exitValue(), () -> command.get(0) + " failed\n" + stdout + "\n" + stderr);
        assertFalse(Files.exists(tripwire), "completion ran awsmfa (and so Java)");
        assertTrue(stderr.isEmpty() || command.get(0).endsWith("script"), () -> "stderr: " + stderr);
        List<String> lines = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        assertTrue(file.toFile().setExecutable(true));
    }
}
