package dev.awsmfa.session;

import dev.awsmfa.settings.LongTermCredentials;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Where and as whom to call STS (the region picks the endpoint) and how long it may take, retries included. */
public record StsTarget(LongTermCredentials credentials, String region, Optional<URI> endpointOverride,
        Duration timeout) {
}
