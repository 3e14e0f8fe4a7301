package dev.awsmfa.session;

import dev.awsmfa.settings.RefreshSettings;

/** How a refresh ended: the session now in the short-term section, {@code renewed} by STS or reused. */
public record RefreshResult(RefreshSettings settings, TemporaryCredentials credentials, boolean renewed) {
}
