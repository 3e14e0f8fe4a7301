package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.cache.CacheFile;
import dev.awsmfa.profile.AwsKeys;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileFileKind;
import dev.awsmfa.profile.ProfileSection;
import dev.awsmfa.settings.LongTermCredentials;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The record of one profile's unfinished key rotation, in the user-only cache directory (0600, a new file renamed
 * over the old): which step was reached, and once IAM made it, the new key and its secret, so that no live key is
 * ever known only to IAM. Decision 0006 says why here and not beside the credentials file.
 */
public final class RotationJournal {
    /** The steps, in order; each is written once it is done. */
    public enum Step {
        /** About to call CreateAccessKey; the keys the user had before are recorded. */
        CREATING,
        /** IAM made the new key; it is recorded here only. */
        CREATED,
        /** The new key is in the credentials file. */
        WRITTEN,
        /** STS accepted the new key; the old one is to be deleted. */
        VERIFIED
    }

    /** What the journal holds; {@code newKey} null before {@link Step#CREATED}. */
    public record Entry(Step step, String userArn, String oldKeyId, List<String> keysBefore, LongTermCredentials newKey,
            String created) {
        Entry at(Step next) {
            return new Entry(next, userArn, oldKeyId, keysBefore, newKey, created);
        }
    }

    private static final String SECTION = "key-rotation";
    private static final String PROFILE_KEY = "profile";
    private static final String STEP_KEY = "step";
    private static final String USER_KEY = "user_arn";
    private static final String OLD_KEY = "old_access_key_id";
    private static final String BEFORE_KEY = "keys_before";

    private final Path directory;

    public RotationJournal(Path cacheDirectory) {
        this.directory = cacheDirectory.resolve("key-rotations");
    }

    public Path file(String profile) {
        return directory.resolve(CacheFile.nameFor("rotation-", profile));
    }

    /**
     * The unfinished rotation of {@code profile}, if any.
     *
     * @throws AwsMfaException when the journal is there but damaged: it may hold a live key, so it is not ignored
     */
    public Optional<Entry> read(String profile) {
        Optional<byte[]> bytes = CacheFile.read(file(profile));
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return parse(profile, bytes.get());
        } catch (RuntimeException e) {
            throw new AwsMfaException(ExitCode.ROTATION_BLOCKED, "The rotation journal " + file(profile) + " cannot "
                    + "be read (" + e.getClass().getSimpleName() + "): it may hold a new access key and its secret; "
                    + "check IAM's keys of the user against it, then remove it.", e);
        }
    }

    private Optional<Entry> parse(String profile, byte[] bytes) {
        Optional<ProfileSection> found = ProfileDocument.parse(file(profile).toString(), bytes,
                ProfileFileKind.CREDENTIALS).profile(SECTION);
        if (found.isEmpty() || !CacheFile.hex(profile).equals(found.get().value(PROFILE_KEY))) {
            return Optional.empty();
        }
        ProfileSection section = found.get();
        String keyId = section.value(AwsKeys.ACCESS_KEY_ID);
        String secret = section.value(AwsKeys.SECRET_ACCESS_KEY);
        List<String> before = new ArrayList<>();
        for (String id : section.value(BEFORE_KEY).split(",")) {
            if (!id.isBlank()) {
                before.add(id.trim());
            }
        }
        return Optional.of(new Entry(Step.valueOf(section.value(STEP_KEY).trim()), section.value(USER_KEY).trim(),
                section.value(OLD_KEY).trim(), before,
                keyId == null ? null : new LongTermCredentials(keyId.trim(), secret.trim()),
                section.value(AwsKeys.ACCESS_KEY_CREATED) == null ? null
                        : section.value(AwsKeys.ACCESS_KEY_CREATED).trim()));
    }

    /** Records {@code entry}; false when it could not be written (the caller must not go on). */
    public boolean write(String profile, Entry entry) {
        StringBuilder text = new StringBuilder("# awsmfa: an unfinished key rotation; holds a secret key. Finish it "
                + "with awsmfa rotate --resume --profile " + profile + ".\n[" + SECTION + "]\n")
                .append(PROFILE_KEY).append(" = ").append(CacheFile.hex(profile)).append('\n')
                .append(STEP_KEY).append(" = ").append(entry.step().name()).append('\n')
                .append(USER_KEY).append(" = ").append(entry.userArn()).append('\n')
                .append(OLD_KEY).append(" = ").append(entry.oldKeyId()).append('\n')
                .append(BEFORE_KEY).append(" = ").append(String.join(",", entry.keysBefore())).append('\n');
        if (entry.newKey() != null) {
            text.append(AwsKeys.ACCESS_KEY_ID).append(" = ").append(entry.newKey().accessKeyId()).append('\n')
                    .append(AwsKeys.SECRET_ACCESS_KEY).append(" = ").append(entry.newKey().secretAccessKey())
                    .append('\n')
                    .append(AwsKeys.ACCESS_KEY_CREATED).append(" = ").append(entry.created()).append('\n');
        }
        return CacheFile.writeCreatingDirectory(file(profile), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    public boolean remove(String profile) {
        return CacheFile.delete(file(profile));
    }
}
