package dev.awsmfa.testing;

import dev.awsmfa.mfa.Terminal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The person at the keyboard, scripted by the test, and a record of what awsmfa asked them.
 *
 * <ul>
 * <li>{@link #typing} is a terminal where the person types the given answers at the prompts, in turn;
 *     the last one repeats, so one scripted code serves several refreshes.
 * <li>{@link #none} is a process without a terminal (CI, cron, {@code setsid}): every prompt gets no
 *     answer.
 * <li>{@link #withPipedStdin} makes standard input a pipe holding the given lines: each read takes
 *     the next one, and after the last it reads as end of input. Without it, standard input is not
 *     piped and reads as end of input.
 * </ul>
 * Every prompt shown is kept in {@link #prompts}, and {@link #stdinReads()} counts the reads of
 * standard input.
 */
public final class FakeTerminal implements Terminal {
    /** The messages of the prompts shown, in order, with or without a terminal to show them on. */
    public final List<String> prompts = new ArrayList<>();
    /** Of {@link #prompts}, those asked with the answer shown as typed ({@link #ask}); the others hid it. */
    public final List<String> visiblePrompts = new ArrayList<>();
    private final boolean hasTerminal;
    private final Deque<String> answers = new ArrayDeque<>();
    private final Deque<String> stdinLines = new ArrayDeque<>();
    private boolean stdinIsPiped;
    private int stdinReads;

    private FakeTerminal(boolean hasTerminal, List<String> answers) {
        this.hasTerminal = hasTerminal;
        this.answers.addAll(answers);
    }

    /** No terminal to ask on, and standard input not piped. */
    public static FakeTerminal none() {
        return new FakeTerminal(false, List.of());
    }

    /** A terminal where the person types {@code answer}, then each of {@code more}, the last one repeating. */
    public static FakeTerminal typing(String answer, String... more) {
        List<String> answers = new ArrayList<>();
        answers.add(answer);
        answers.addAll(List.of(more));
        return new FakeTerminal(true, answers);
    }

    /** Standard input becomes a pipe holding {@code lines} (none: a pipe that ends at once). */
    public FakeTerminal withPipedStdin(String... lines) {
        stdinIsPiped = true;
        stdinLines.clear();
        stdinLines.addAll(List.of(lines));
        return this;
    }

    /** How many times a line was read from standard input, including reads at its end. */
    public int stdinReads() {
        return stdinReads;
    }

    @Override
    public boolean stdinIsPiped() {
        return stdinIsPiped;
    }

    @Override
    public Optional<String> readStdinLine() {
        stdinReads++;
        return Optional.ofNullable(stdinLines.poll());
    }

    @Override
    public Optional<String> prompt(String message) {
        prompts.add(message);
        if (!hasTerminal) {
            return Optional.empty();
        }
        return Optional.of(answers.size() > 1 ? answers.poll() : answers.peek());
    }

    @Override
    public Optional<String> ask(String question) {
        visiblePrompts.add(question);
        return prompt(question);
    }

    @Override
    public String toString() {
        return (hasTerminal ? "terminal typing " + answers : "no terminal")
                + (stdinIsPiped ? ", stdin piped with " + stdinLines + " left" : ", stdin not piped")
                + ", prompts " + prompts + ", " + stdinReads + " stdin reads";
    }
}
