package dev.awsmfa.settings;

import java.util.List;

/**
 * A role profile and the role profiles its credentials come from, the asked-for one first, each the
 * {@code source_profile} of the one before; the last one's source is {@code base}, a profile with long-term keys
 * whose MFA session awsmfa refreshes. More than one link is role chaining, which AWS caps at an hour.
 */
public record RoleChain(List<RoleProfile> links, String base) {
    public RoleProfile target() {
        return links.get(0);
    }

    /** Whether the source of link {@code index} is itself a role profile. */
    public boolean sourceIsRole(int index) {
        return index + 1 < links.size();
    }
}
