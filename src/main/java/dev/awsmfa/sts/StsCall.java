package dev.awsmfa.sts;

import dev.awsmfa.mfa.TotpCode;

/** One STS request as error messages know it; the role null for GetSessionToken and GetFederationToken, the code (null when none is sent) kept out of them. */
record StsCall(String operation, String serialNumber, String roleArn, TotpCode code) {

    static final String GET_FEDERATION_TOKEN = "GetFederationToken";

    static StsCall getFederationToken() {
        return new StsCall(GET_FEDERATION_TOKEN, null, null, null);
    }

    /** AssumeRole signed with a session's credentials: the MFA context comes with them, no code is sent. */
    static StsCall assumeRoleFromSession(String roleArn) {
        return new StsCall("AssumeRole", null, roleArn, null);
    }

    /** GetCallerIdentity: who signs; rotate proves a new key with it. */
    static StsCall getCallerIdentity() {
        return new StsCall("GetCallerIdentity", null, null, null);
    }

    static StsCall getSessionToken(String serialNumber, TotpCode code) {
        return new StsCall("GetSessionToken", serialNumber, null, code);
    }

    static StsCall assumeRole(String roleArn, String serialNumber, TotpCode code) {
        return new StsCall("AssumeRole", serialNumber, roleArn, code);
    }

    /** "GetSessionToken" or "AssumeRole of arn:...", for messages. */
    String describe() {
        return roleArn == null ? operation : operation + " of " + roleArn;
    }
}
