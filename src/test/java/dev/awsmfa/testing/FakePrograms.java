package dev.awsmfa.testing;

import dev.awsmfa.mfa.ProgramRunner;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A program runner whose every program prints the same stdout and exits the same way, remembering each run. */
public final class FakePrograms implements ProgramRunner {
    public final List<List<String>> runs = new ArrayList<>();
    public final List<Duration> timeouts = new ArrayList<>();
    private final Finished finished;
    private final Failure failure;

    private FakePrograms(Finished finished, Failure failure) {
        this.finished = finished;
        this.failure = failure;
    }

    public static FakePrograms printing(int status, String stdout) {
        return new FakePrograms(new Finished(status, stdout.getBytes(StandardCharsets.UTF_8), false), null);
    }

    public static FakePrograms ending(Finished finished) {
        return new FakePrograms(finished, null);
    }

    public static FakePrograms failing(Failure.Kind kind, String reason) {
        return new FakePrograms(null, new Failure(kind, reason, null));
    }

    /** The JSON of the AWS credential_process for long-term keys. */
    public static String keysJson(String keyId, String secret) {
        return "{\"Version\": 1, \"AccessKeyId\": \"" + keyId + "\", \"SecretAccessKey\": \"" + secret + "\"}\n";
    }

    @Override
    public Finished run(List<String> argv, Duration timeout, int maxOutputBytes) {
        runs.add(argv);
        timeouts.add(timeout);
        if (failure != null) {
            throw failure;
        }
        return finished;
    }
}
