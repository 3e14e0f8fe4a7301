package dev.awsmfa.testing;

import dev.awsmfa.mfa.Terminal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A terminal with scripted answers (the last one repeats); or, with none, a process without a terminal. */
public final class FakeTerminal implements Terminal {
    private final Deque<String> answers = new ArrayDeque<>();
    private final boolean hasTerminal;
    private String stdinLine;
    public final List<String> prompts = new ArrayList<>();

    private FakeTerminal(boolean hasTerminal) {
        this.hasTerminal = hasTerminal;
    }

    public static FakeTerminal none() {
        return new FakeTerminal(false);
    }

    public static FakeTerminal answering(String... answers) {
        FakeTerminal terminal = new FakeTerminal(true);
        terminal.answers.addAll(List.of(answers));
        return terminal;
    }

    public FakeTerminal withPipedStdin(String line) {
        this.stdinLine = line;
        return this;
    }

    @Override
    public boolean stdinIsPiped() {
        return stdinLine != null;
    }

    @Override
    public Optional<String> readStdinLine() {
        return Optional.ofNullable(stdinLine);
    }

    @Override
    public Optional<String> prompt(String message) {
        prompts.add(message);
        if (!hasTerminal) {
            return Optional.empty();
        }
        // The last answer repeats, so a test can run several refreshes with one scripted code.
        return Optional.ofNullable(answers.size() > 1 ? answers.poll() : answers.peek());
    }
}
