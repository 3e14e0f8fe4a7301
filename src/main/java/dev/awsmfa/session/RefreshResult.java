package dev.awsmfa.session;

import dev.awsmfa.settings.RefreshSettings;

/**
 * How a refresh ended: the session now in the short-term section, and whether it is new.
 *
 * @param renewed true when STS was called and the session written; false when the stored one was reused
 */
public record RefreshResult(RefreshSettings settings, TemporaryCredentials credentials, boolean renewed) {
}
