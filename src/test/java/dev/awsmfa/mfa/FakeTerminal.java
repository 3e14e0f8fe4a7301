package dev.awsmfa.mfa;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A terminal whose stdin and typing are scripted by the test, and which records what it was asked. */
final class FakeTerminal implements Terminal {
    private final boolean piped;
    private final Deque<String> stdinLines = new ArrayDeque<>();
    private final Optional<String> typed;
    final List<String> prompts = new ArrayList<>();
    int stdinReads;

    private FakeTerminal(boolean piped, List<String> stdinLines, Optional<String> typed) {
        this.piped = piped;
        this.stdinLines.addAll(stdinLines);
        this.typed = typed;
    }

    /** Stdin is a terminal, and the person types {@code answer} at the prompt. */
    static FakeTerminal typing(String answer) {
        return new FakeTerminal(false, List.of(), Optional.of(answer));
    }

    /** Stdin is a pipe holding {@code lines}; nobody is at a terminal. */
    static FakeTerminal pipedWithoutTerminal(String... lines) {
        return new FakeTerminal(true, List.of(lines), Optional.empty());
    }

    /** Stdin is a pipe holding {@code lines}, and a person types {@code answer} at the prompt. */
    static FakeTerminal pipedAndTyping(String answer, String... lines) {
        return new FakeTerminal(true, List.of(lines), Optional.of(answer));
    }

    /** No pipe and no terminal: CI with stdin that is not piped, or {@code setsid}. */
    static FakeTerminal none() {
        return new FakeTerminal(false, List.of(), Optional.empty());
    }

    @Override
    public boolean stdinIsPiped() {
        return piped;
    }

    @Override
    public Optional<String> readStdinLine() {
        stdinReads++;
        return Optional.ofNullable(stdinLines.poll());
    }

    @Override
    public Optional<String> prompt(String message) {
        prompts.add(message);
        return typed;
    }
}
