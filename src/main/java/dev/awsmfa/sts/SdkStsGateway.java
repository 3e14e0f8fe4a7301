package dev.awsmfa.sts;

import dev.awsmfa.session.StsGateway;
import dev.awsmfa.session.StsTarget;

/**
 * The only class that talks to AWS: an SDK {@code StsClient} built with an explicit region, static
 * long-term credentials, the url-connection HTTP client and the endpoint override, reading no
 * profile file and no environment of its own. SDK errors become {@link dev.awsmfa.session.StsFailure}.
 */
public final class SdkStsGateway {
    private SdkStsGateway() {
    }

    public static StsGateway open(StsTarget target) {
        throw new UnsupportedOperationException("in progress");
    }
}
