package dev.awsmfa.session;

import java.util.Locale;

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
    LONG_TERM, MFA_SESSION, ROLE_SESSION, STATIC, ROLE, SSO, CONFIG_ONLY;

    /** The name as {@code list} shows it: {@code long-term}, {@code config-only}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
