package dev.awsmfa.session;

import dev.awsmfa.Secrets;
import java.time.Instant;

/** What STS hands back: a temporary key pair, its session token and when it stops working. */
public record TemporaryCredentials(String accessKeyId, String secretAccessKey, String sessionToken,
        Instant expiration) {
    @Override
    public String toString() {
        return "TemporaryCredentials[accessKeyId=" + Secrets.maskKeyId(accessKeyId)
                + ", secretAccessKey=****, sessionToken=****, expiration=" + expiration + "]";
    }
}
