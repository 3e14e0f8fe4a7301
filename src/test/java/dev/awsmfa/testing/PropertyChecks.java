package dev.awsmfa.testing;

import java.util.List;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Reporter;

/**
 * QuickTheories set up one way for every property test. A fixed seed, so that every build checks
 * the same examples; the system property {@code QT_SEED} tries others ({@code mvn test
 * -DQT_SEED=7}). And a failure report that reads from the top: the smallest example shrinking
 * found, what failed on it, the example first found before shrinking, and the seed (instead of
 * QuickTheories' own report, which repeats the smallest example up to ten times).
 */
public final class PropertyChecks {
    private PropertyChecks() {
    }

    /** {@code examples} attempts (QuickTheories skips one it has tried already), then up to {@code shrinkCycles}. */
    public static QuickTheory theory(long seed, int examples, int shrinkCycles) {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", seed)).withExamples(examples)
                .withShrinkCycles(shrinkCycles).withReporter(new Report());
    }

    private static final class Report implements Reporter {
        @Override
        public void falisification(long seed, int count, Object smallest, Throwable cause, List<Object> examples,
                AsString<Object> toString) {
            throw new AssertionError(message(seed, count, smallest, cause, examples, toString), cause);
        }

        @Override
        public void falisification(long seed, int count, Object smallest, List<Object> examples,
                AsString<Object> toString) {
            throw new AssertionError(message(seed, count, smallest, null, examples, toString));
        }

        @Override
        public void valuesExhausted(int completedExamples) {
            throw new IllegalStateException("gave up after only " + completedExamples + " examples met the assumptions");
        }

        /** {@code examples}: the ones shrinking went through, from the next smallest to the first found. */
        private static String message(long seed, int count, Object smallest, Throwable cause, List<Object> examples,
                AsString<Object> toString) {
            String shown = toString.asString(smallest);
            // Shrinking often finds the same example again through draws it does not use: count each once.
            long steps = examples.stream().map(toString::asString).filter(example -> !example.equals(shown)).distinct()
                    .count();
            StringBuilder message = new StringBuilder("Property falsified after ").append(count).append(" examples; ")
                    .append(steps == 0 ? "no smaller one found" : "shrunk in " + steps + " steps to").append(":\n")
                    .append(shown);
            message.append("\nFailure: ").append(cause == null ? "the property returned false" : cause);
            String first = examples.isEmpty() ? shown : toString.asString(examples.get(examples.size() - 1));
            if (!first.equals(shown)) {
                message.append("\nFirst found, before shrinking:\n").append(first);
            }
            return message.append("\nSeed: ").append(seed).append(" (-DQT_SEED=").append(seed).append(" repeats it)")
                    .toString();
        }
    }
}
