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
        List<ProfileSummary> rows = new ArrayList<>();
        for (String name : names()) {
            rows.add(summary(name, now));
        }
        return rows;
    }

    private ProfileSummary summary(String name, Instant now) {
        Optional<ProfileSection> creds = credentials.profile(name);
        Optional<ProfileSection> conf = config.profile(name);
        Optional<StoredSession> session = creds.flatMap(s -> StoredSession.read(s::get));
        ProfileKind kind = kind(name, creds, conf, session);
        Optional<String> keyId = value(creds, AwsKeys.ACCESS_KEY_ID).map(Secrets::maskKeyId);
        Optional<String> role = session.flatMap(StoredSession::roleArn)
                .or(() -> value(conf, AwsKeys.ROLE_ARN))
                .or(() -> value(creds, AwsKeys.LEGACY_ASSUME_ROLE));
        Optional<Instant> expiration = session.map(StoredSession::expiration);
        Optional<Duration> remaining = session.map(s -> s.timeLeft(now));
        Optional<Boolean> valid = remaining.map(left -> !left.isZero());
        return new ProfileSummary(name, kind, keyId, device(name, creds, conf), role, value(conf, AwsKeys.REGION),
                expiration, valid, remaining);
    }

    private static ProfileKind kind(String name, Optional<ProfileSection> creds, Optional<ProfileSection> conf,
            Optional<StoredSession> session) {
        if (value(conf, AwsKeys.SSO_SESSION).or(() -> value(conf, AwsKeys.SSO_START_URL)).isPresent()) {
            return ProfileKind.SSO;
        }
        if (value(conf, AwsKeys.ROLE_ARN).isPresent()) {
            return ProfileKind.ROLE;
        }
        if (session.isPresent()) {
            boolean role = session.get().roleArn().isPresent()
                    || value(creds, AwsKeys.ASSUMED_ROLE).filter("true"::equalsIgnoreCase).isPresent();
            return role ? ProfileKind.ROLE_SESSION : ProfileKind.MFA_SESSION;
        }
        if (value(creds, AwsKeys.ACCESS_KEY_ID).isEmpty()) {
            return ProfileKind.CONFIG_ONLY;
        }
        boolean awsMfaKeys = value(creds, AwsKeys.LEGACY_MFA_DEVICE).or(() -> value(creds, AwsKeys.LEGACY_ASSUME_ROLE))
                .isPresent();
        return name.endsWith(LONG_TERM_SUFFIX) || awsMfaKeys ? ProfileKind.LONG_TERM : ProfileKind.STATIC;
    }

    /** The profile's own device, else its long-term sibling's (where aws-mfa keeps it for a session). */
    private Optional<String> device(String name, Optional<ProfileSection> creds, Optional<ProfileSection> conf) {
        Optional<String> own = ownDevice(creds, conf);
        if (own.isPresent() || name.endsWith(LONG_TERM_SUFFIX)) {
            return own;
        }
        String sibling = name + LONG_TERM_SUFFIX;
        return ownDevice(credentials.profile(sibling), config.profile(sibling));
    }

    private static Optional<String> ownDevice(Optional<ProfileSection> creds, Optional<ProfileSection> conf) {
        return value(creds, AwsKeys.LEGACY_MFA_DEVICE)
                .or(() -> value(creds, AwsKeys.MFA_SERIAL))
                .or(() -> value(conf, AwsKeys.MFA_SERIAL));
    }

    private static Optional<String> value(Optional<ProfileSection> section, String key) {
        return section.flatMap(s -> s.get(key)).filter(v -> !v.isBlank());
    }
}
