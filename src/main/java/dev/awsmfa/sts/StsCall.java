package dev.awsmfa.sts;

import dev.awsmfa.mfa.TotpCode;

/** One STS request as error messages know it; the role null for GetSessionToken, the code kept out of them. */
record StsCall(String operation, String serialNumber, String roleArn, TotpCode code) {

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
