package dev.awsmfa.profile;

/** Names of the keys awsmfa reads and writes in the AWS files, in one place. */
public final class AwsKeys {
    private AwsKeys() {
    }

    // Long-term credentials (and the keys of any static profile).
    public static final String ACCESS_KEY_ID = "aws_access_key_id";
    public static final String SECRET_ACCESS_KEY = "aws_secret_access_key";
    /** When awsmfa rotate made the key (RFC 3339 UTC): its age, known without IAM; botocore ignores the key. */
    public static final String ACCESS_KEY_CREATED = "aws_access_key_created";

    // The short-term section aws-mfa writes, in the order it writes them.
    public static final String ASSUMED_ROLE = "assumed_role";
    public static final String ASSUMED_ROLE_ARN = "assumed_role_arn";
    public static final String SESSION_TOKEN = "aws_session_token";
    /** Same value as the session token, for old boto. */
    public static final String SECURITY_TOKEN = "aws_security_token";
    public static final String EXPIRATION = "expiration";

    // aws-mfa's legacy keys in the long-term section.
    public static final String LEGACY_MFA_DEVICE = "aws_mfa_device";
    public static final String LEGACY_ASSUME_ROLE = "assume_role";

    // ~/.aws/config keys.
    public static final String MFA_SERIAL = "mfa_serial";
    public static final String ROLE_ARN = "role_arn";
    public static final String CREDENTIAL_PROCESS = "credential_process";
    public static final String WEB_IDENTITY_TOKEN_FILE = "web_identity_token_file";
    public static final String SSO_SESSION = "sso_session";
    public static final String SSO_START_URL = "sso_start_url";
    /** Written by {@code aws login} (AWS CLI 2.32+): the IAM identity whose console login the CLI refreshes. */
    public static final String LOGIN_SESSION = "login_session";
    public static final String ROLE_SESSION_NAME = "role_session_name";
    public static final String EXTERNAL_ID = "external_id";
    public static final String DURATION_SECONDS = "duration_seconds";
    public static final String REGION = "region";
    public static final String ENDPOINT_URL = "endpoint_url";
    public static final String MFA_PROCESS = "mfa_process";
    /** awsmfa's own: where to ask for a code without a terminal (auto, terminal, zenity...). */
    public static final String MFA_PROMPT = "mfa_prompt";
}
