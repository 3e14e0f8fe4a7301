package dev.awsmfa.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests that complete with bash in a {@link CompletionSandbox} of their own; skipped where bash is absent. */
abstract class BashSandboxTest {
    @TempDir
    Path dir;
    CompletionSandbox sandbox;

    @BeforeEach
    void createSandbox() throws IOException {
        sandbox = CompletionSandbox.withBash(dir);
    }
}
