package dev.awsmfa.session;

import dev.awsmfa.cache.CacheFile;
import dev.awsmfa.profile.AwsKeys;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileFileKind;
import dev.awsmfa.profile.ProfileSection;
import dev.awsmfa.time.TimeText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the role session of a role profile is kept between runs (docs/decisions/0004-role-sessions.md): one 0600
 * file per profile under {@code role-sessions} of the trusted cache directory, in the credentials file's own format
 * (read by the same parser), replaced atomically, read bounded, never followed through a link. An entry serves only
 * the role it names and the source session it was assumed with; anything unreadable is no entry. Best-effort: a
 * cache that cannot be written costs one AssumeRole on the next run, never a failure.
 */
public final class RoleSessionCache {
    static final String DIRECTORY = "role-sessions";
    static final String SECTION = "role-session";
    static final String PROFILE_KEY = "profile";
    static final String SOURCE_KEY = "source_key_id";

    private final Path directory;

    public RoleSessionCache(Path cacheDirectory) {
        this.directory = cacheDirectory.resolve(DIRECTORY);
    }

    /** A role session as cached: the role it is for, the key id of the credentials that assumed it. */
    public record Entry(String roleArn, String sourceKeyId, TemporaryCredentials credentials) {
        public Instant expiration() {
            return credentials.expiration();
        }

        /** Whether it was assumed for {@code roleArn} with the credentials whose key id is {@code sourceKeyId}. */
        public boolean serves(String wantedRole, String currentSourceKeyId) {
            return roleArn.equals(wantedRole) && sourceKeyId.equals(currentSourceKeyId);
        }
    }

    public Path file(String profile) {
        return directory.resolve(CacheFile.nameFor("role-", profile));
    }

    public Optional<Entry> read(String profile) {
        Path file = file(profile);
        Optional<ProfileSection> section = section(file);
        return section.isPresent() && CacheFile.hex(profile).equals(section.get().value(PROFILE_KEY)) ? entry(section.get())
                : Optional.empty();
    }

    private static Optional<Entry> parse(Path file) {
        Optional<ProfileSection> section = section(file);
        return section.isPresent() ? entry(section.get()) : Optional.empty();
    }

    private static Optional<ProfileSection> section(Path file) {
        Optional<byte[]> bytes = CacheFile.read(file);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return ProfileDocument.parse(file.toString(), bytes.get(), ProfileFileKind.CREDENTIALS).profile(SECTION);
        } catch (RuntimeException e) {
            // A damaged entry is no entry: the role is assumed again and the file replaced.
            return Optional.empty();
        }
    }

    private static Optional<Entry> entry(ProfileSection section) {
        String role = text(section, AwsKeys.ROLE_ARN);
        String source = text(section, SOURCE_KEY);
        String keyId = text(section, AwsKeys.ACCESS_KEY_ID);
        String secret = text(section, AwsKeys.SECRET_ACCESS_KEY);
        String token = text(section, AwsKeys.SESSION_TOKEN);
        Optional<Instant> expiration = TimeText.parse(text(section, AwsKeys.EXPIRATION));
        if (role.isEmpty() || source.isEmpty() || keyId.isEmpty() || secret.isEmpty() || token.isEmpty()
                || expiration.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Entry(role, source, new TemporaryCredentials(keyId, secret, token, expiration.get())));
    }

    /** Keeps {@code entry} for {@code profile}; false when it cannot be written. */
    public boolean write(String profile, Entry entry) {
        TemporaryCredentials credentials = entry.credentials();
        String text = "# awsmfa: the role session of one role profile, reused while valid; safe to delete.\n"
                + "[" + SECTION + "]\n"
                + PROFILE_KEY + " = " + CacheFile.hex(profile) + "\n"
                + AwsKeys.ROLE_ARN + " = " + entry.roleArn() + "\n"
                + SOURCE_KEY + " = " + entry.sourceKeyId() + "\n"
                + AwsKeys.ACCESS_KEY_ID + " = " + credentials.accessKeyId() + "\n"
                + AwsKeys.SECRET_ACCESS_KEY + " = " + credentials.secretAccessKey() + "\n"
                + AwsKeys.SESSION_TOKEN + " = " + credentials.sessionToken() + "\n"
                // aws-mfa's naive UTC: read back by hand, where RFC 3339 would load java.time's formatter.
                + AwsKeys.EXPIRATION + " = " + TimeText.naiveUtc(credentials.expiration()) + "\n";
        return CacheFile.writeCreatingDirectory(file(profile), text.getBytes(StandardCharsets.UTF_8));
    }

    /** Removes every entry whose role session has expired at {@code now} (and files that are no entry); how many. */
    public int removeExpired(Instant now) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "role-*")) {
            for (Path file : entries) {
                files.add(file);
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        int removed = 0;
        for (Path file : files) {
            Optional<Entry> entry = parse(file);
            if ((entry.isEmpty() || !entry.get().expiration().isAfter(now)) && CacheFile.delete(file)) {
                removed++;
            }
        }
        return removed;
    }

    /** Removes the entry of {@code profile}; false when there was none. */
    public boolean remove(String profile) {
        return CacheFile.delete(file(profile));
    }

    private static String text(ProfileSection section, String key) {
        String value = section.value(key);
        return value == null ? "" : value.trim();
    }
}
