package dev.awsmfa.session;

import java.util.Locale;

/**
 * What a profile is, as {@code awsmfa list} shows it; the first match wins: {@code sso} (its config section sets
 * {@code sso_session} or {@code sso_start_url}), {@code role} (it sets {@code role_arn}: the AWS CLI assumes it
 * itself), {@code role-session} (a credentials section with {@code expiration} and {@code assumed_role = True}
 * or an {@code assumed_role_arn}), {@code mfa-session} (one without a role), {@code long-term} (keys, and a name
 * ending in {@code -long-term} or aws-mfa's {@code aws_mfa_device}/{@code assume_role}), {@code static} (any
 * other keys), {@code config-only} (everything else).
 */
public enum ProfileKind {
    LONG_TERM, MFA_SESSION, ROLE_SESSION, STATIC, ROLE, SSO, CONFIG_ONLY;

    /** The name as {@code list} shows it: {@code long-term}, {@code config-only}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
