package dev.awsmfa.session;

import dev.awsmfa.mfa.TotpCode;

/** The STS calls, failing with {@link StsFailure}; the SDK's implementation loads only when a refresh calls STS. */
public interface StsGateway extends AutoCloseable {
    TemporaryCredentials getSessionToken(String serialNumber, TotpCode code, int durationSeconds);

    /** {@code externalId} may be null. */
    TemporaryCredentials assumeRole(String roleArn, String roleSessionName, String externalId,
            String serialNumber, TotpCode code, int durationSeconds);

    /**
     * GetFederationToken, signed with the IAM user's long-term keys (it takes no MFA): a federated user named
     * {@code name} whose rights are the user's intersected with {@code policy}.
     */
    TemporaryCredentials getFederationToken(String name, String policy, int durationSeconds);

    /**
     * AssumeRole signed with the target's session credentials, which carry their MFA context: no code is sent;
     * {@code externalId} may be null.
     */
    TemporaryCredentials assumeRoleFromSession(String roleArn, String roleSessionName, String externalId,
            int durationSeconds);

    /** GetCallerIdentity: the ARN of whoever signs with the target's credentials (proves a key works). */
    String callerArn();

    @Override
    void close();
}
