package dev.awsmfa.session;

import dev.awsmfa.settings.ForeignProfile;
import java.util.Locale;
import java.util.Optional;

/**
 * What a profile is, as {@code awsmfa list} shows it; the first match wins: {@code sso} (its config section sets
 * {@code sso_session} or {@code sso_start_url}), {@code login} (it sets {@code login_session}: {@code aws login}),
 * {@code role} (it sets {@code role_arn}: the AWS CLI assumes it itself), {@code role-session} (a credentials
 * section with {@code expiration} and {@code assumed_role = True} or an {@code assumed_role_arn}),
 * {@code mfa-session} (one without a role), {@code long-term} (keys or a {@code credential_process}, and a name
 * ending in {@code -long-term}; or keys and aws-mfa's {@code aws_mfa_device}/{@code assume_role}), {@code static}
 * (any other keys), {@code process} (no keys, a {@code credential_process} in its config section),
 * {@code config-only} (everything else). The AWS CLI's own logins ({@code sso}, {@code login}) and {@code process}
 * are never written or removed by awsmfa.
 */
public enum ProfileKind {
    LONG_TERM("Long-term keys that awsmfa gets sessions with: a name ending in -long-term (keys, or a "
            + "credential_process that prints them), or aws-mfa's aws_mfa_device or assume_role in the section."),
    MFA_SESSION("A session that awsmfa or aws-mfa wrote with GetSessionToken: an expiration, no role."),
    ROLE_SESSION("A session for a role that awsmfa or aws-mfa wrote with AssumeRole: assumed_role = True or an "
            + "assumed_role_arn."),
    STATIC("Other keys, which the AWS CLI uses as they are: long-term ones, or a session another tool wrote "
            + "without an expiration (aws configure mfa-login)."),
    ROLE("A profile with role_arn in the config file: the AWS CLI assumes the role itself; so does awsmfa (with the "
            + "source's MFA session) when its source_profile has keys in [SOURCE-long-term], and then shows when "
            + "the role session it keeps expires."),
    SSO("An IAM Identity Center profile (sso_session or sso_start_url): 'aws sso login' signs in."),
    LOGIN("A profile of the AWS CLI's own console-credentials login (login_session): 'aws login' signs in."),
    PROCESS("A profile whose keys come from its credential_process command, which the AWS CLI runs."),
    CONFIG_ONLY("Only in the config file, without keys: a region, an output format...");

    private final String meaning;

    ProfileKind(String meaning) {
        this.meaning = meaning;
    }

    /** What the kind means, as {@code list}'s help and man page explain it. */
    public String meaning() {
        return meaning;
    }

    /** The program that gets this kind's credentials, when it is not awsmfa or aws-mfa and not the AWS CLI's role. */
    public Optional<ForeignProfile> foreign() {
        if (this == SSO) {
            return Optional.of(ForeignProfile.SSO);
        }
        if (this == LOGIN) {
            return Optional.of(ForeignProfile.LOGIN);
        }
        return this == PROCESS ? Optional.of(ForeignProfile.PROCESS) : Optional.empty();
    }

    /** The name as {@code list} shows it: {@code long-term}, {@code config-only}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
