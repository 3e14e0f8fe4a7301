package dev.awsmfa.session;

import dev.awsmfa.mfa.TotpCode;

/**
 * The two STS calls awsmfa makes, failing with {@link StsFailure}; the implementation that talks to AWS, in
 * {@code dev.awsmfa.sts}, loads only when a refresh calls STS, so no other path loads the AWS SDK.
 */
public interface StsGateway extends AutoCloseable {
    TemporaryCredentials getSessionToken(String serialNumber, TotpCode code, int durationSeconds);

    /** {@code externalId} may be null. */
    TemporaryCredentials assumeRole(String roleArn, String roleSessionName, String externalId,
            String serialNumber, TotpCode code, int durationSeconds);

    @Override
    void close();
}
