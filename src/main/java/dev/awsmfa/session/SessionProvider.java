package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileSection;
import java.util.Optional;

/**
 * Hands a valid session to the commands that pass it on ({@code export}, {@code exec},
 * {@code credential-process}): through {@link RefreshService}, which reuses a valid session and
 * refreshes under the lock otherwise, never reading the code from stdin (stdin belongs to the
 * caller), or, with refreshing switched off, only the stored session as long as it has not expired.
 */
public final class SessionProvider {
    private final AwsFiles files;
    private final SessionStatusService status;
    private final RefreshService refresh;

    public SessionProvider(AwsFiles files, SessionStatusService status, RefreshService refresh) {
        this.files = files;
        this.status = status;
        this.refresh = refresh;
    }

    /** A session with its region, when one is known. */
    public record ProvidedSession(String profile, TemporaryCredentials credentials, Optional<String> region) {
    }

    public ProvidedSession session(RefreshOptions options, boolean mayRefresh) {
        if (mayRefresh) {
            RefreshResult result = refresh.refresh(options, false);
            return new ProvidedSession(result.settings().profile(), result.credentials(),
                    region(options, result.settings().profile(), result.settings().longTermSection()));
        }
        SessionStatus current = status.status(options);
        if (current.state() == SessionState.ABSENT || current.state() == SessionState.EXPIRED) {
            throw new AwsMfaException(current.state().exitCode(), "The session of profile " + current.profile() + " in ["
                    + current.section() + "] is " + current.state().label() + ", and --no-refresh was given: run "
                    + "awsmfa --profile " + current.profile() + " first, or drop --no-refresh.");
        }
        return new ProvidedSession(current.profile(), current.session().orElseThrow().credentials(),
                region(options, current.profile(), current.longTermSection()));
    }

    /**
     * The region to hand on: the flag, else the profile's (or its long-term profile's) region in the
     * config file. Not the environment's: the caller already has that, and not STS's us-east-1 default.
     */
    private Optional<String> region(RefreshOptions options, String profile, String longTermProfile) {
        ProfileDocument config = files.config();
        Optional<String> region = options.region();
        if (region.isEmpty()) {
            region = configRegion(config, profile);
        }
        if (region.isEmpty()) {
            region = configRegion(config, longTermProfile);
        }
        return region.isPresent() && region.get().isBlank() ? Optional.empty() : region;
    }

    private static Optional<String> configRegion(ProfileDocument config, String profile) {
        Optional<ProfileSection> section = config.profile(profile);
        return section.isPresent() ? section.get().get(AwsKeys.REGION) : Optional.empty();
    }
}
