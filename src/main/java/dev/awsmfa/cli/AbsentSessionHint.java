package dev.awsmfa.cli;

import dev.awsmfa.session.ProfileKind;
import dev.awsmfa.session.SessionStatus;
import dev.awsmfa.settings.ForeignProfile;
import dev.awsmfa.settings.SectionNames;
import java.util.Optional;

/**
 * What {@code status} says when a profile has no session: the way to one that works for that kind of profile
 * ("run awsmfa --profile X" fails for an SSO, role or static profile, and for one that does not exist).
 */
final class AbsentSessionHint {
    private AbsentSessionHint() {
    }

    static String of(SessionStatus status) {
        String profile = status.profile();
        if (status.longTermPresent()) {
            return "no session yet; 'awsmfa --profile " + profile + "' gets one from [" + status.longTermSection()
                    + "]";
        }
        if (status.kind().isEmpty()) {
            return "no profile " + profile + " in the AWS files ('awsmfa list' shows them); 'awsmfa --setup "
                    + "--profile " + profile + "' creates one";
        }
        ProfileKind kind = status.kind().get();
        Optional<ForeignProfile> foreign = kind.foreign();
        if (foreign.isPresent()) {
            return foreign.get().what() + ": " + foreign.get().how(profile) + "; awsmfa keeps no session for it";
        }
        if (kind == ProfileKind.ROLE) {
            return "a role profile: the AWS CLI assumes its role_arn itself; awsmfa keeps a role session only when its "
                    + "source_profile has keys in [SOURCE-long-term]";
        }
        if (kind == ProfileKind.STATIC) {
            return "[" + status.section() + "] holds long-term keys, which the AWS CLI uses as they are; awsmfa keeps "
                    + "a session only for a profile with its keys in [" + status.longTermSection() + "]";
        }
        if (kind == ProfileKind.LONG_TERM && SectionNames.isLongTerm(profile)) {
            String owner = profile.substring(0, profile.length() - SectionNames.DEFAULT_LONG_TERM_SUFFIX.length() - 1);
            return "[" + profile + "] holds the long-term keys of " + owner + "; 'awsmfa status --profile " + owner
                    + "' shows its session";
        }
        return "no long-term keys in [" + status.longTermSection() + "] to get a session with; 'awsmfa --setup "
                + "--profile " + profile + "' adds them";
    }
}
