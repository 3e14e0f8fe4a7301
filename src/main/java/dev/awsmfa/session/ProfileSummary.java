package dev.awsmfa.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One row of {@code awsmfa list}: a profile of either file, what it is, and, for a session, how
 * long it lasts. Holds no secret: the key id is already masked.
 *
 * @param maskedKeyId the access key id as {@code ****ABCD}, empty when the profile has no keys
 * @param valid for a session, whether it has not expired yet; empty for other kinds
 * @param remaining for a session, the time left (zero once expired); empty for other kinds
 */
public record ProfileSummary(String name, ProfileKind kind, Optional<String> maskedKeyId, Optional<String> device,
        Optional<String> role, Optional<String> region, Optional<Instant> expiration, Optional<Boolean> valid,
        Optional<Duration> remaining) {
}
