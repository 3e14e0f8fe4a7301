package dev.awsmfa.session;

import dev.awsmfa.Secrets;
import dev.awsmfa.settings.RefreshSettings;
import dev.awsmfa.validation.StsAnswers;
import java.time.Instant;

/** What STS hands back: a temporary key pair, its session token and when it stops working. */
public record TemporaryCredentials(String accessKeyId, String secretAccessKey, String sessionToken,
        Instant expiration) {
    /**
     * These credentials when they look like STS's answer to a request for {@code seconds} made at {@code asked}
     * ({@link StsAnswers}); else the failure: awsmfa will not {@code verb} them, and {@code nothingDone}.
     */
    public TemporaryCredentials plausible(Instant asked, int seconds, RefreshSettings settings, String verb,
            String nothingDone) {
        String problem = StsAnswers.problem(accessKeyId, secretAccessKey, sessionToken, expiration, asked, seconds);
        if (problem != null) {
            throw new StsFailure(StsFailure.Kind.SERVICE_ERROR, "STS " + settings.stsLocation() + " answered with a "
                    + "session awsmfa will not " + verb + ": " + problem + ". " + nothingDone + "; check "
                    + "--endpoint-url, or try again.", null);
        }
        return this;
    }

    @Override
    public String toString() {
        return "TemporaryCredentials[accessKeyId=" + Secrets.maskKeyId(accessKeyId)
                + ", secretAccessKey=****, sessionToken=****, expiration=" + expiration + "]";
    }
}
