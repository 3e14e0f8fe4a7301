package dev.awsmfa.session;

/**
 * What a profile is, as {@code awsmfa list} shows it. The rules, first match wins:
 * <ol>
 * <li>{@code sso} — its config section sets {@code sso_session} or {@code sso_start_url};</li>
 * <li>{@code role} — its config section sets {@code role_arn} (the AWS CLI assumes it itself);</li>
 * <li>{@code role-session} — its credentials section holds a session with {@code expiration} and
 *     {@code assumed_role = True} or an {@code assumed_role_arn};</li>
 * <li>{@code mfa-session} — a session with {@code expiration} and no role;</li>
 * <li>{@code long-term} — keys, and a name ending in {@code -long-term} or aws-mfa's
 *     {@code aws_mfa_device} / {@code assume_role} keys;</li>
 * <li>{@code static} — any other section with keys;</li>
 * <li>{@code config-only} — everything else (a config section with settings only, or a
 *     credentials section without keys).</li>
 * </ol>
 */
public enum ProfileKind {
    LONG_TERM("long-term"),
    MFA_SESSION("mfa-session"),
    ROLE_SESSION("role-session"),
    STATIC("static"),
    ROLE("role"),
    SSO("sso"),
    CONFIG_ONLY("config-only");

    private final String label;

    ProfileKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
