package dev.awsmfa.cli;

import java.util.Iterator;
import java.util.List;

/**
 * Completion candidates of {@code --profile}: a placeholder that {@link CompletionCommand} turns
 * into a lookup at completion time, since profiles change after the script is generated.
 */
final class ProfileCandidates implements Iterable<String> {
    static final String PLACEHOLDER = "__awsmfa_profiles__";

    @Override
    public Iterator<String> iterator() {
        return List.of(PLACEHOLDER).iterator();
    }
}
