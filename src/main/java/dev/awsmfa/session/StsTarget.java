package dev.awsmfa.session;

import dev.awsmfa.settings.LongTermCredentials;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where and as whom to call STS (the region picks the endpoint) and how long it may take, retries included;
 * {@code sessionToken} present when the key pair is a session's rather than the IAM user's.
 */
public record StsTarget(LongTermCredentials credentials, String region, Optional<URI> endpointOverride,
        Duration timeout, Optional<String> sessionToken) {
    public StsTarget(LongTermCredentials credentials, String region, Optional<URI> endpointOverride, Duration timeout) {
        this(credentials, region, endpointOverride, timeout, Optional.empty());
    }

    @Override
    public String toString() {
        return "StsTarget[credentials=" + credentials + ", region=" + region + ", endpointOverride=" + endpointOverride
                + ", timeout=" + timeout + ", sessionToken=" + (sessionToken.isPresent() ? "****" : "none") + "]";
    }
}
