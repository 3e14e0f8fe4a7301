package dev.awsmfa.session;

import dev.awsmfa.profile.AwsKeys;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileSection;
import dev.awsmfa.settings.RoleProfiles;
import dev.awsmfa.settings.SectionNames;
import dev.awsmfa.settings.SettingsResolver;
import java.util.ArrayList;
import java.util.List;

/**
 * Which profiles awsmfa can refresh: the one rule {@code --all} follows. Today a profile whose long-term keys
 * are in {@code [P-SUFFIX]} of the credentials file (with the suffix {@code none}: a section with an access key
 * and no session token), or whose {@code [profile P-SUFFIX]} config section has a {@code credential_process} for
 * them; and the role profiles awsmfa serves (a {@code source_profile} chain ending in one of those).
 */
public final class RefreshableProfiles {
    private RefreshableProfiles() {
    }

    /**
     * The profiles, in the order of the credentials file; then those whose long-term keys a config section's
     * {@code credential_process} prints, and the role profiles awsmfa serves, in the order of the config file.
     */
    public static List<String> in(ProfileDocument credentials, ProfileDocument config, String longTermSuffix) {
        List<String> profiles = new ArrayList<>();
        String ending = SectionNames.of("", longTermSuffix);
        for (String name : credentials.profileNames()) {
            String profile = ending.isEmpty() ? name : name.substring(0, Math.max(0, name.length() - ending.length()));
            boolean longTerm = ending.isEmpty() ? holdsLongTermKeys(credentials.profile(name).orElseThrow())
                    : name.endsWith(ending) && !profile.isEmpty();
            if (longTerm && !profiles.contains(profile)) {
                profiles.add(profile);
            }
        }
        RoleProfiles roles = new RoleProfiles(credentials, config, longTermSuffix);
        for (String name : config.profileNames()) {
            String profile = ending.isEmpty() ? name : name.substring(0, Math.max(0, name.length() - ending.length()));
            boolean keysFromCommand = !ending.isEmpty() && name.endsWith(ending) && !profile.isEmpty()
                    && SettingsResolver.hasLongTermKeys(credentials, config, name);
            if (keysFromCommand && !profiles.contains(profile)) {
                profiles.add(profile);
            } else if (!profiles.contains(name) && roles.managed(name).isPresent()) {
                profiles.add(name);
            }
        }
        return profiles;
    }

    private static boolean holdsLongTermKeys(ProfileSection section) {
        return section.get(AwsKeys.ACCESS_KEY_ID).isPresent() && section.get(AwsKeys.SESSION_TOKEN).isEmpty();
    }
}
