package dev.awsmfa.session;

import dev.awsmfa.settings.LongTermCredentials;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where and as whom to call STS: the signing credentials, the region (which picks the regional
 * endpoint, China and GovCloud included), an optional endpoint override, and the overall time the
 * call may take, retries included.
 */
public record StsTarget(LongTermCredentials credentials, String region, Optional<URI> endpointOverride, Duration timeout) {
}
