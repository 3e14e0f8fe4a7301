package dev.awsmfa.settings;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.profile.AwsKeys;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which profiles are role profiles awsmfa serves: a config section with {@code role_arn} and {@code source_profile}
 * (and no long-term section of its own, which keeps it an aws-mfa profile as ever), whose source has long-term keys
 * in {@code [SOURCE-long-term]} or is such a role profile in turn. A role profile whose credentials come from
 * anywhere else (static keys, {@code credential_source}, SSO) is the AWS CLI's to assume: asking awsmfa for it fails
 * with a line that says so.
 */
public final class RoleProfiles {
    /** Longer chains are almost surely a mistake, and each link is an STS call. */
    static final int MAX_LINKS = 5;
    static final String SOURCE_PROFILE = "source_profile";
    static final String CREDENTIAL_SOURCE = "credential_source";

    private final ProfileDocument credentials;
    private final ProfileDocument config;
    private final String longTermSuffix;

    public RoleProfiles(ProfileDocument credentials, ProfileDocument config, String longTermSuffix) {
        this.credentials = credentials;
        this.config = config;
        this.longTermSuffix = longTermSuffix;
    }

    /** With the long-term suffix the options give (else {@code long-term}). */
    public static RoleProfiles of(ProfileDocument credentials, ProfileDocument config, RefreshOptions options) {
        return new RoleProfiles(credentials, config,
                options.get(RefreshOption.LONG_TERM_SUFFIX).orElse(SectionNames.DEFAULT_LONG_TERM_SUFFIX));
    }

    /** Whether {@code profile} sets {@code role_arn} and has no long-term keys of its own. */
    public boolean isRoleProfile(String profile) {
        return !roleArn(profile).isEmpty()
                && !SettingsResolver.hasLongTermKeys(credentials, config, SectionNames.of(profile, longTermSuffix));
    }

    /** The chain of a role profile awsmfa serves; empty for any other profile, served or not. */
    public Optional<RoleChain> managed(String profile) {
        try {
            return chain(profile);
        } catch (AwsMfaException e) {
            return Optional.empty();
        }
    }

    /**
     * The chain of {@code profile}; empty when it is no role profile (the plain refresh applies).
     *
     * @throws AwsMfaException when it is a role profile awsmfa cannot serve: the line says why and what to do
     */
    public Optional<RoleChain> chain(String profile) {
        if (!isRoleProfile(profile)) {
            return Optional.empty();
        }
        List<RoleProfile> links = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        String current = profile;
        while (true) {
            seen.add(current);
            RoleProfile link = link(current, profile);
            links.add(link);
            String source = link.sourceProfile();
            if (SettingsResolver.hasLongTermKeys(credentials, config, SectionNames.of(source, longTermSuffix))) {
                return Optional.of(new RoleChain(List.copyOf(links), source));
            }
            if (seen.contains(source)) {
                throw new AwsMfaException(ExitCode.BAD_FILE, "Profiles " + path(seen, source) + " in "
                        + config.fileName() + " name each other as source_profile, a cycle: point one of them at a "
                        + "profile with long-term keys in [PROFILE-" + longTermSuffix + "].");
            }
            if (!isRoleProfile(source)) {
                throw unmanagedSource(profile, link, source);
            }
            if (links.size() == MAX_LINKS) {
                throw new AwsMfaException(ExitCode.BAD_FILE, "Profile " + profile + " in " + config.fileName()
                        + " takes its credentials through more than " + MAX_LINKS + " role profiles ("
                        + path(seen, source) + "): awsmfa follows at most " + MAX_LINKS + "; point a source_profile"
                        + " nearer a profile with long-term keys.");
            }
            current = source;
        }
    }

    private RoleProfile link(String profile, String asked) {
        ProfileSection section = config.profile(profile).orElseThrow();
        String where = " of " + header(profile) + " in " + config.fileName();
        String roleArn = roleArn(profile);
        String source = value(section, SOURCE_PROFILE);
        if (source.isEmpty()) {
            String credentialSource = value(section, CREDENTIAL_SOURCE);
            throw new AwsMfaException(ExitCode.PROFILE_NOT_FOUND, "Profile " + asked + " assumes " + roleArn + " with "
                    + (credentialSource.isEmpty() ? "no source_profile" : CREDENTIAL_SOURCE + " = " + credentialSource)
                    + where + ": the AWS CLI assumes that role itself (aws --profile " + asked + " ...); for awsmfa "
                    + "to assume it from one MFA code, set source_profile to a profile with long-term keys in "
                    + "[PROFILE-" + longTermSuffix + "].");
        }
        String region = value(section, AwsKeys.REGION);
        return new RoleProfile(profile, roleArn, AwsKeys.ROLE_ARN + where, source,
                configValue(section, AwsKeys.ROLE_SESSION_NAME, where), configValue(section, AwsKeys.EXTERNAL_ID, where),
                configValue(section, AwsKeys.DURATION_SECONDS, where),
                region.isEmpty() ? Optional.empty() : Optional.of(region));
    }

    private AwsMfaException unmanagedSource(String asked, RoleProfile link, String source) {
        String suffix = "-" + longTermSuffix;
        if (source.endsWith(suffix) && source.length() > suffix.length()) {
            String owner = source.substring(0, source.length() - suffix.length());
            return new AwsMfaException(ExitCode.PROFILE_NOT_FOUND, "Profile " + asked + " assumes " + link.roleArn()
                    + " from source_profile " + source + " (" + header(link.profile()) + " in " + config.fileName()
                    + "): the long-term keys themselves, without MFA, which the AWS CLI does itself (aws --profile "
                    + asked + " ...); for awsmfa to assume it from " + owner + "'s MFA session, set source_profile = "
                    + owner + ".");
        }
        boolean known = credentials.profile(source).isPresent() || config.profile(source).isPresent();
        String why = known ? "has no long-term keys in [" + SectionNames.of(source, longTermSuffix) + "] of "
                + credentials.fileName() : "is in neither " + credentials.fileName() + " nor " + config.fileName();
        return new AwsMfaException(ExitCode.PROFILE_NOT_FOUND, "Profile " + asked + " assumes " + link.roleArn()
                + " from source_profile " + source + " (" + header(link.profile()) + " in " + config.fileName()
                + "), which " + why + ": the AWS CLI assumes that role itself (aws --profile " + asked + " ...); for "
                + "awsmfa to assume it from one MFA code, move " + source + "'s keys to ["
                + SectionNames.of(source, longTermSuffix) + "] (awsmfa --setup --profile " + source + ").");
    }

    private String roleArn(String profile) {
        Optional<ProfileSection> section = config.profile(profile);
        return section.isPresent() ? value(section.get(), AwsKeys.ROLE_ARN) : "";
    }

    private static Optional<Sourced> configValue(ProfileSection section, String key, String where) {
        String value = value(section, key);
        return value.isEmpty() ? Optional.empty() : Optional.of(new Sourced(value, key + where));
    }

    private static String value(ProfileSection section, String key) {
        String value = section.value(key);
        return value == null ? "" : value.trim();
    }

    private static String path(List<String> seen, String last) {
        return String.join(" -> ", seen) + " -> " + last;
    }

    private static String header(String profile) {
        return "default".equals(profile) ? "[default]" : "[profile " + profile + "]";
    }
}
