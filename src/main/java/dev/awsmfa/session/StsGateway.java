package dev.awsmfa.session;

import dev.awsmfa.mfa.TotpCode;

/**
 * The two STS calls awsmfa makes. The only implementation that talks to AWS lives in
 * {@code dev.awsmfa.sts} and is loaded only on the refresh path, so the paths that need no network
 * never load the AWS SDK. Failures are thrown as {@link StsFailure}.
 */
public interface StsGateway extends AutoCloseable {

    TemporaryCredentials getSessionToken(String serialNumber, TotpCode code, int durationSeconds);

    /** {@code externalId} may be null. */
    TemporaryCredentials assumeRole(String roleArn, String roleSessionName, String externalId,
            String serialNumber, TotpCode code, int durationSeconds);

    @Override
    void close();
}
