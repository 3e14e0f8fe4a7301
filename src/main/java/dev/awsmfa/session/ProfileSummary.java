package dev.awsmfa.session;

import java.time.Instant;
import java.util.Optional;

/**
 * One row of {@code awsmfa list}, made from the files alone (the caller brings the time), so it holds as long
 * as they do. No secret: the key id is masked ({@code ****ABCD}). The expiration is a session's only.
 */
public record ProfileSummary(String name, ProfileKind kind, Optional<String> maskedKeyId, Optional<String> device,
        Optional<String> role, Optional<String> region, Optional<Instant> expiration) {
}
