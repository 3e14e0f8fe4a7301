package dev.awsmfa.mfa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Run in a child JVM by {@link SystemTerminalTest}: exercises {@link SystemTerminal} on whatever
 * stdin and terminal the test gave it, and prints what it saw on stdout, one {@code key=value} per line.
 */
public final class TerminalProbe {
    static final String PROMPT = "Code please: ";

    private TerminalProbe() {
    }

    public static void main(String[] args) throws IOException {
        SystemTerminal terminal = new SystemTerminal();
        System.out.println("piped=" + terminal.stdinIsPiped());
        switch (args[0]) {
            case "stdin" -> {
                System.out.println("line=" + shown(terminal.readStdinLine()));
                System.out.println("rest=[" + new String(System.in.readAllBytes(), StandardCharsets.UTF_8) + "]");
            }
            case "prompt" -> {
                System.out.println("answer=" + shown(terminal.prompt(PROMPT)));
                System.out.println("echo=" + ttyEchoes());
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static String shown(Optional<String> value) {
        return value.map(text -> "[" + text + "]").orElse("<none>");
    }

    /** Whether the terminal echoes typing again once the prompt is done. */
    private static String ttyEchoes() {
        return QuickProcess.run(List.of("sh", "-c", "stty -a < /dev/tty"), ProcessBuilder.Redirect.INHERIT)
                .filter(finished -> finished.status() == 0)
                .map(finished -> List.of(finished.stdout().split("[\\s;]+")).contains("echo"))
                .map(String::valueOf)
                .orElse("unknown");
    }
}
