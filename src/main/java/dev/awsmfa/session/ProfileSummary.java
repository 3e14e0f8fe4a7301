package dev.awsmfa.session;

import java.time.Instant;
import java.util.Optional;

/**
 * One row of {@code awsmfa list}, made from the files alone (the caller brings the time), so it holds as long
 * as they do. No secret: the key id is masked ({@code ****ABCD}). The expiration is a session's only.
 * {@code keySource} says where the keys are: {@link #FILE} (the credentials file, key id known) or
 * {@link #CREDENTIAL_PROCESS} (a command prints them when a session is made: the key id is unknown until then).
 */
public record ProfileSummary(String name, ProfileKind kind, Optional<String> maskedKeyId, Optional<String> device,
        Optional<String> role, Optional<String> region, Optional<Instant> expiration, Optional<String> keySource,
        Optional<Instant> keyCreated) {
    public static final String FILE = "file";
    public static final String CREDENTIAL_PROCESS = "credential_process";
}
