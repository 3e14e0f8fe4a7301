package dev.awsmfa.mfa;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers configured command lines with a fixed stdout and records every call. */
final class FakeCommandRunner implements CommandRunner {
    record Call(String commandLine, String source, Duration timeout) {
    }

    private final Map<String, String> outputs = new HashMap<>();
    final List<Call> calls = new ArrayList<>();

    FakeCommandRunner printing(String commandLine, String stdout) {
        outputs.put(commandLine, stdout);
        return this;
    }

    @Override
    public String run(String commandLine, String source, Duration timeout) {
        calls.add(new Call(commandLine, source, timeout));
        String stdout = outputs.get(commandLine);
        if (stdout == null) {
            throw new AssertionError("unexpected command " + commandLine);
        }
        return stdout;
    }
}
