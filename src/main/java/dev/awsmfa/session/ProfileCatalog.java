package dev.awsmfa.session;

import dev.awsmfa.Secrets;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileSection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every profile of both AWS files, as {@code aws configure list-profiles} sees them (the union,
 * credentials first, each name once), classified by {@link ProfileKind}. Reads files only: no
 * network, no AWS SDK.
 */
public final class ProfileCatalog {
    static final String LONG_TERM_SUFFIX = "-long-term";

    private final ProfileDocument credentials;
    private final ProfileDocument config;

    public ProfileCatalog(ProfileDocument credentials, ProfileDocument config) {
        this.credentials = credentials;
        this.config = config;
    }

    /** Profile names in the order the AWS CLI lists them. */
    public List<String> names() {
        Set<String> names = new LinkedHashSet<>(credentials.profileNames());
        names.addAll(config.profileNames());
        return List.copyOf(names);
    }

    public List<ProfileSummary> list(Instant now) {
        List<String> names = names();
        List<ProfileSummary> rows = new ArrayList<>(names.size());
        for (String name : names) {
            rows.add(summary(name, now));
        }
        return rows;
    }

    // Plain nullable values below, not Optional chains: the chains allocate an Optional and a
    // lambda per look-up, about 20 per row, which a list of thousands of profiles pays under C1.
    private ProfileSummary summary(String name, Instant now) {
        ProfileSection creds = credentials.profile(name).orElse(null);
        ProfileSection conf = config.profile(name).orElse(null);
        StoredSession session = creds != null ? StoredSession.read(creds::get).orElse(null) : null;
        String keyId = value(creds, AwsKeys.ACCESS_KEY_ID);
        String role = session != null && session.roleArn().isPresent() ? session.roleArn().get()
                : firstOf(value(conf, AwsKeys.ROLE_ARN), value(creds, AwsKeys.LEGACY_ASSUME_ROLE));
        Duration remaining = session != null ? session.timeLeft(now) : null;
        return new ProfileSummary(name, kind(name, creds, conf, session),
                Optional.ofNullable(keyId != null ? Secrets.maskKeyId(keyId) : null),
                Optional.ofNullable(device(name, creds, conf)), Optional.ofNullable(role),
                Optional.ofNullable(value(conf, AwsKeys.REGION)),
                Optional.ofNullable(session != null ? session.expiration() : null),
                Optional.ofNullable(remaining != null ? !remaining.isZero() : null), Optional.ofNullable(remaining));
    }

    private static ProfileKind kind(String name, ProfileSection creds, ProfileSection conf, StoredSession session) {
        if (firstOf(value(conf, AwsKeys.SSO_SESSION), value(conf, AwsKeys.SSO_START_URL)) != null) {
            return ProfileKind.SSO;
        }
        if (value(conf, AwsKeys.ROLE_ARN) != null) {
            return ProfileKind.ROLE;
        }
        if (session != null) {
            boolean role = session.roleArn().isPresent() || "true".equalsIgnoreCase(value(creds, AwsKeys.ASSUMED_ROLE));
            return role ? ProfileKind.ROLE_SESSION : ProfileKind.MFA_SESSION;
        }
        if (value(creds, AwsKeys.ACCESS_KEY_ID) == null) {
            return ProfileKind.CONFIG_ONLY;
        }
        boolean awsMfaKeys = firstOf(value(creds, AwsKeys.LEGACY_MFA_DEVICE), value(creds, AwsKeys.LEGACY_ASSUME_ROLE))
                != null;
        return name.endsWith(LONG_TERM_SUFFIX) || awsMfaKeys ? ProfileKind.LONG_TERM : ProfileKind.STATIC;
    }

    /** The profile's own device, else its long-term sibling's (where aws-mfa keeps it for a session); or null. */
    private String device(String name, ProfileSection creds, ProfileSection conf) {
        String own = ownDevice(creds, conf);
        if (own != null || name.endsWith(LONG_TERM_SUFFIX)) {
            return own;
        }
        String sibling = name + LONG_TERM_SUFFIX;
        return ownDevice(credentials.profile(sibling).orElse(null), config.profile(sibling).orElse(null));
    }

    private static String ownDevice(ProfileSection creds, ProfileSection conf) {
        return firstOf(firstOf(value(creds, AwsKeys.LEGACY_MFA_DEVICE), value(creds, AwsKeys.MFA_SERIAL)),
                value(conf, AwsKeys.MFA_SERIAL));
    }

    /** A key's value in a section that may be absent; {@code null} when absent or blank. */
    private static String value(ProfileSection section, String key) {
        String value = section != null ? section.get(key).orElse(null) : null;
        return value == null || value.isBlank() ? null : value;
    }

    private static String firstOf(String first, String second) {
        return first != null ? first : second;
    }
}
