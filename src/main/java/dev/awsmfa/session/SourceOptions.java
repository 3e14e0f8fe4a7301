package dev.awsmfa.session;

import dev.awsmfa.settings.RefreshOption;
import dev.awsmfa.settings.RefreshOptions;
import java.util.Optional;

/**
 * The options of a role profile's run as they apply to the refresh of its source profile: that profile, and
 * without what belongs to the role ({@code --duration}, {@code --role-session-name}, {@code --external-id},
 * {@code --assume-role}) or to the role session alone ({@code --force}); the code, device, endpoint, region and
 * suffixes pass through.
 */
public final class SourceOptions implements RefreshOptions {
    private final RefreshOptions options;
    private final String profile;

    public SourceOptions(RefreshOptions options, String profile) {
        this.options = options;
        this.profile = profile;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> get(RefreshOption<T> option) {
        if (option == RefreshOption.PROFILE) {
            return Optional.of((T) profile);
        }
        if (option == RefreshOption.DURATION || option == RefreshOption.ROLE_SESSION_NAME
                || option == RefreshOption.EXTERNAL_ID || option == RefreshOption.ASSUME_ROLE
                || option == RefreshOption.FORCE) {
            return Optional.empty();
        }
        return options.get(option);
    }
}
