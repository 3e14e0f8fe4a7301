package dev.awsmfa.session;

import dev.awsmfa.Env;
import dev.awsmfa.Secrets;
import dev.awsmfa.cache.CacheDirectory;
import dev.awsmfa.profile.AwsKeys;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileSection;
import dev.awsmfa.settings.ForeignProfile;
import dev.awsmfa.settings.RoleChain;
import dev.awsmfa.settings.RoleProfiles;
import dev.awsmfa.settings.SectionNames;
import dev.awsmfa.time.TimeText;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Every profile of both AWS files as {@code aws configure list-profiles} sees them (the union, credentials
 * first, each name once), classified by {@link ProfileKind}. Reads files only: no network, no AWS SDK.
 */
public final class ProfileCatalog {
    private final ProfileDocument credentials;
    private final ProfileDocument config;

    public ProfileCatalog(ProfileDocument credentials, ProfileDocument config) {
        this.credentials = credentials;
        this.config = config;
    }

    /** Profile names in the order the AWS CLI lists them. */
    public List<String> names() {
        List<String> names = new ArrayList<>(credentials.profileNames());
        for (String name : config.profileNames()) {
            if (credentials.profile(name).isEmpty()) {
                names.add(name);
            }
        }
        return Collections.unmodifiableList(names);
    }

    /** A row per profile, in {@link #names()} order; from the files alone, whatever the time. */
    public List<ProfileSummary> list() {
        List<String> names = names();
        List<ProfileSummary> rows = new ArrayList<>(names.size());
        for (String name : names) {
            rows.add(summary(name));
        }
        return rows;
    }

    /**
     * The rows with, for each role profile awsmfa serves, the expiry of its role session in the cache directory
     * (when it can be trusted), so that {@code list} shows it as it shows an MFA session's; the cache directory is
     * looked at only when there is such a profile.
     */
    public List<ProfileSummary> withRoleSessions(List<ProfileSummary> rows, Env env) {
        RoleProfiles roles = new RoleProfiles(credentials, config, SectionNames.DEFAULT_LONG_TERM_SUFFIX);
        RoleSessionCache cache = null;
        List<ProfileSummary> result = new ArrayList<>(rows.size());
        for (ProfileSummary row : rows) {
            Optional<RoleChain> chain = row.kind() == ProfileKind.ROLE && row.expiration().isEmpty()
                    ? roles.managed(row.name()) : Optional.empty();
            if (chain.isPresent()) {
                if (cache == null) {
                    Optional<Path> directory = CacheDirectory.of(env).existingTrusted();
                    if (directory.isEmpty()) {
                        return rows;
                    }
                    cache = new RoleSessionCache(directory.get());
                }
                Optional<RoleSessionCache.Entry> entry = cache.read(row.name());
                if (entry.isPresent() && entry.get().roleArn().equals(chain.get().target().roleArn())) {
                    row = new ProfileSummary(row.name(), row.kind(), row.maskedKeyId(), row.device(), row.role(),
                            row.region(), Optional.of(entry.get().expiration()), row.keySource(), row.keyCreated());
                }
            }
            result.add(row);
        }
        return result;
    }

    /** The kind of one profile; empty when neither file has it. */
    public Optional<ProfileKind> kindOf(String name) {
        if (credentials.profile(name).isEmpty() && config.profile(name).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(summary(name).kind());
    }

    private ProfileSummary summary(String name) {
        ProfileSection creds = credentials.profile(name).orElse(null);
        ProfileSection conf = config.profile(name).orElse(null);
        // A session is a readable expiration (see ProfileKind); its keys and tokens are not read.
        Instant expiration = creds != null ? expiration(creds) : null;
        String sessionRole = expiration != null ? nonEmpty(creds.value(AwsKeys.ASSUMED_ROLE_ARN)) : null;
        String keyId = value(creds, AwsKeys.ACCESS_KEY_ID);
        // As the refresh decides (settings.SettingsResolver): keys in the file win over a credential_process.
        String process = keyId != null ? null : processOf(creds, conf);
        String configRole = value(conf, AwsKeys.ROLE_ARN);
        String role = sessionRole != null ? sessionRole
                : configRole != null ? configRole : value(creds, AwsKeys.LEGACY_ASSUME_ROLE);
        return new ProfileSummary(name, kind(name, creds, conf, expiration != null, sessionRole, keyId, configRole,
                process != null), Optional.ofNullable(keyId != null ? Secrets.maskKeyId(keyId) : null),
                Optional.ofNullable(device(name, creds, conf)), Optional.ofNullable(role),
                Optional.ofNullable(value(conf, AwsKeys.REGION)), Optional.ofNullable(expiration),
                Optional.ofNullable(keyId != null ? ProfileSummary.FILE
                        : process != null ? ProfileSummary.CREDENTIAL_PROCESS : null),
                creds != null && keyId != null ? KeyAge.created(creds) : Optional.empty());
    }

    /** The profile's credential_process, the credentials file's first as botocore merges them; or null. */
    private static String processOf(ProfileSection creds, ProfileSection conf) {
        String process = value(creds, AwsKeys.CREDENTIAL_PROCESS);
        return process != null ? process : value(conf, AwsKeys.CREDENTIAL_PROCESS);
    }

    private static Instant expiration(ProfileSection creds) {
        String text = creds.value(AwsKeys.EXPIRATION);
        return text != null ? TimeText.parse(text).orElse(null) : null;
    }

    private static ProfileKind kind(String name, ProfileSection creds, ProfileSection conf, boolean session,
            String sessionRole, String keyId, String configRole, boolean keysFromProcess) {
        ForeignProfile foreign = conf != null ? ForeignProfile.of(conf).orElse(null) : null;
        if (foreign == ForeignProfile.SSO) {
            return ProfileKind.SSO;
        }
        if (foreign == ForeignProfile.LOGIN) {
            return ProfileKind.LOGIN;
        }
        if (configRole != null) {
            return ProfileKind.ROLE;
        }
        if (session) {
            boolean role = sessionRole != null || "true".equalsIgnoreCase(value(creds, AwsKeys.ASSUMED_ROLE));
            return role ? ProfileKind.ROLE_SESSION : ProfileKind.MFA_SESSION;
        }
        if (keyId == null) {
            if (keysFromProcess && SectionNames.isLongTerm(name)) {
                return ProfileKind.LONG_TERM;
            }
            // botocore reads keys in the credentials file before it runs a credential_process.
            return foreign == ForeignProfile.PROCESS ? ProfileKind.PROCESS : ProfileKind.CONFIG_ONLY;
        }
        boolean awsMfaKeys = value(creds, AwsKeys.LEGACY_MFA_DEVICE) != null
                || value(creds, AwsKeys.LEGACY_ASSUME_ROLE) != null;
        return SectionNames.isLongTerm(name) || awsMfaKeys ? ProfileKind.LONG_TERM : ProfileKind.STATIC;
    }

    /** The profile's own device, else its long-term sibling's (where aws-mfa keeps it for a session); or null. */
    private String device(String name, ProfileSection creds, ProfileSection conf) {
        String own = ownDevice(creds, conf);
        if (own != null || SectionNames.isLongTerm(name)) {
            return own;
        }
        String sibling = SectionNames.longTermOf(name);
        return ownDevice(credentials.profile(sibling).orElse(null), config.profile(sibling).orElse(null));
    }

    private static String ownDevice(ProfileSection creds, ProfileSection conf) {
        String device = value(creds, AwsKeys.LEGACY_MFA_DEVICE);
        if (device == null) {
            device = value(creds, AwsKeys.MFA_SERIAL);
        }
        return device != null ? device : value(conf, AwsKeys.MFA_SERIAL);
    }

    /** A key's value in a section that may be absent; {@code null} when absent or blank. */
    private static String value(ProfileSection section, String key) {
        String value = section != null ? section.value(key) : null;
        return value == null || value.isBlank() ? null : value;
    }

    private static String nonEmpty(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
