package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.settings.RefreshOption;
import dev.awsmfa.settings.RefreshOptions;
import java.util.Optional;

/**
 * Hands a valid session to the commands that pass it on (export, exec, credential-process): refreshed when
 * needed, the code never read from stdin (the caller's); with --no-refresh, the stored one until it expires.
 */
public final class SessionProvider {
    private final SessionStatusService status;
    private final RefreshService refresh;

    public SessionProvider(SessionStatusService status, RefreshService refresh) {
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
                    region(options, result.settings().configRegion()));
        }
        SessionStatus current = status.status(options);
        if (current.state() == SessionState.ABSENT || current.state() == SessionState.EXPIRED) {
            throw new AwsMfaException(current.state().exitCode(), "The session of profile " + current.profile()
                    + " in [" + current.section() + "] is " + current.state().label() + ", and --no-refresh was "
                    + "given: run awsmfa --profile " + current.profile() + " first, or drop --no-refresh.");
        }
        return new ProvidedSession(current.profile(), current.session().orElseThrow().credentials(),
                region(options, current.configRegion()));
    }

    /**
     * The region to hand on: the flag, else the config file's (read by the refresh or the status); not the
     * environment's, which the caller has, nor STS's us-east-1 default.
     */
    private static Optional<String> region(RefreshOptions options, Optional<String> configRegion) {
        Optional<String> region = options.get(RefreshOption.REGION);
        region = region.isPresent() ? region : configRegion;
        return region.isPresent() && region.get().isBlank() ? Optional.empty() : region;
    }
}
