package dev.awsmfa.session;

import java.time.Instant;
import java.util.Optional;

/**
 * One row of {@code awsmfa list}: a profile of either file, what it is, and, for a session, when
 * it expires. Made from the files alone (what depends on the time of the run is asked for with a
 * time), so a list can be kept while the files stay as they are. Holds no secret: the key id is
 * already masked.
 *
 * @param maskedKeyId the access key id as {@code ****ABCD}, empty when the profile has no keys
 * @param expiration for a session, when it expires; empty for other kinds
 */
public record ProfileSummary(String name, ProfileKind kind, Optional<String> maskedKeyId, Optional<String> device,
        Optional<String> role, Optional<String> region, Optional<Instant> expiration) {
}
