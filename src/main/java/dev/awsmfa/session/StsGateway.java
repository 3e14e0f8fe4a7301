package dev.awsmfa.session;

import dev.awsmfa.mfa.TotpCode;

/** The two STS calls, failing with {@link StsFailure}; the SDK's implementation loads only when a refresh calls STS. */
public interface StsGateway extends AutoCloseable {
    TemporaryCredentials getSessionToken(String serialNumber, TotpCode code, int durationSeconds);

    /** {@code externalId} may be null. */
    TemporaryCredentials assumeRole(String roleArn, String roleSessionName, String externalId,
            String serialNumber, TotpCode code, int durationSeconds);

    @Override
    void close();
}
