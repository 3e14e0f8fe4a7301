package dev.awsmfa.settings;

import dev.awsmfa.profile.AwsKeys;
import dev.awsmfa.profile.ProfileSection;
import java.util.Optional;

/**
 * The profiles whose credentials another program gets, by a key of their config section: the AWS CLI's own
 * logins ({@code aws sso login}, {@code aws login}, which keep their caches under {@code ~/.aws}) and
 * {@code credential_process}. awsmfa never writes or removes their credentials; it says which command does.
 */
public enum ForeignProfile {
    SSO("an IAM Identity Center (SSO) profile", "'aws sso login --profile %s' signs in", AwsKeys.SSO_SESSION,
            AwsKeys.SSO_START_URL),
    LOGIN("an 'aws login' profile", "'aws login --profile %s' signs in", AwsKeys.LOGIN_SESSION),
    PROCESS("a credential_process profile", "the AWS CLI runs its credential_process command for keys",
            AwsKeys.CREDENTIAL_PROCESS);

    private final String what;
    private final String how;
    private final String[] keys;

    ForeignProfile(String what, String how, String... keys) {
        this.what = what;
        this.how = how;
        this.keys = keys;
    }

    /** The first that a profile's config section makes it, in this order; empty for a section without one. */
    public static Optional<ForeignProfile> of(ProfileSection configSection) {
        for (ForeignProfile foreign : values()) {
            if (foreign.setIn(configSection) != null) {
                return Optional.of(foreign);
            }
        }
        return Optional.empty();
    }

    /** "an 'aws login' profile". */
    public String what() {
        return what;
    }

    /** How its credentials are got: "'aws login --profile dev' signs in". */
    public String how(String profile) {
        return how.replace("%s", profile);
    }

    /** The key of {@code configSection} that makes it one, for messages naming the file and the key. */
    public String keyIn(ProfileSection configSection) {
        String key = setIn(configSection);
        return key != null ? key : keys[0];
    }

    /** The first of this kind's keys that {@code configSection} sets to something; null when none. */
    private String setIn(ProfileSection configSection) {
        for (String key : keys) {
            Optional<String> value = configSection.get(key);
            if (value.isPresent() && !value.get().isBlank()) {
                return key;
            }
        }
        return null;
    }
}
