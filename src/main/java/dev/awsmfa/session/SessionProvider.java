package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.settings.RefreshOption;
import dev.awsmfa.settings.RefreshOptions;
import dev.awsmfa.settings.RoleChain;
import java.util.Optional;

/**
 * Hands a valid session to the commands that pass it on (export, exec, credential-process): refreshed when
 * needed, the code never read from stdin (the caller's); with --no-refresh, the stored one until it expires. A role
 * profile awsmfa serves gets its role session ({@link RoleSessionService}).
 */
public final class SessionProvider {
    private final SessionStatusService status;
    private final RefreshService refresh;
    private final RoleSessionService roles;

    public SessionProvider(SessionStatusService status, RefreshService refresh, RoleSessionService roles) {
        this.status = status;
        this.refresh = refresh;
        this.roles = roles;
    }

    /** A session with its region, when one is known. */
    public record ProvidedSession(String profile, TemporaryCredentials credentials, Optional<String> region) {
    }

    /** The chain of a role profile awsmfa serves ({@link RoleSessionService#chain}), for callers that need it. */
    public Optional<RoleChain> roleChain(RefreshOptions options) {
        return roles.chain(options);
    }

    public ProvidedSession session(RefreshOptions options, boolean mayRefresh) {
        Optional<RoleChain> chain = roles.chain(options);
        if (chain.isPresent()) {
            return roleSession(options, chain.get(), mayRefresh);
        }
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

    private ProvidedSession roleSession(RefreshOptions options, RoleChain chain, boolean mayRefresh) {
        String profile = chain.target().profile();
        if (mayRefresh) {
            RoleSessionService.RoleSession session = roles.session(options, chain, false);
            return new ProvidedSession(profile, session.credentials(), session.region());
        }
        Optional<TemporaryCredentials> cached = roles.cached(chain);
        if (cached.isEmpty()) {
            throw new AwsMfaException(ExitCode.SESSION_ABSENT, "Profile " + profile + " has no valid role session "
                    + "kept by awsmfa, and --no-refresh was given: run awsmfa --profile " + profile + " first, or "
                    + "drop --no-refresh.");
        }
        return new ProvidedSession(profile, cached.get(), roles.region(options, chain));
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
