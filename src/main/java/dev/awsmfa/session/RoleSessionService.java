package dev.awsmfa.session;

import dev.awsmfa.Env;
import dev.awsmfa.cache.CacheDirectory;
import dev.awsmfa.files.AwsFiles;
import dev.awsmfa.files.CredentialsLock;
import dev.awsmfa.profile.AwsKeys;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileSection;
import dev.awsmfa.settings.LongTermCredentials;
import dev.awsmfa.settings.RefreshOption;
import dev.awsmfa.settings.RefreshOptions;
import dev.awsmfa.settings.RefreshSettings;
import dev.awsmfa.settings.RoleChain;
import dev.awsmfa.settings.RoleProfile;
import dev.awsmfa.settings.RoleProfiles;
import dev.awsmfa.settings.RoleRequest;
import dev.awsmfa.settings.SettingsResolver;
import dev.awsmfa.time.TimeText;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Role profiles from one MFA code: the session of a role profile whose {@code source_profile} awsmfa refreshes
 * (docs/decisions/0004-role-sessions.md). A cached role session for the same role and source session is reused while
 * valid beyond the refresh window (no STS call, no SDK); else the source's session is made valid by the plain
 * refresh ({@link RefreshService}: one code, or none while it is valid), and AssumeRole is called signed with it,
 * without a code: the session carries its MFA context. A role profile whose source is a role profile in turn is
 * served the same way, link by link (role chaining, capped at an hour by AWS).
 */
public final class RoleSessionService {
    private final AwsFiles files;
    private final Env env;
    private final Clock clock;
    private final RefreshService refresh;
    private final SessionStatusService statuses;
    private final StsGatewayFactory sts;
    private final Reporter reporter;

    public RoleSessionService(AwsFiles files, Env env, Clock clock, RefreshService refresh,
            SessionStatusService statuses, StsGatewayFactory sts, Reporter reporter) {
        this.files = files;
        this.env = env;
        this.clock = clock;
        this.refresh = refresh;
        this.statuses = statuses;
        this.sts = sts;
        this.reporter = reporter;
    }

    /** A role session handed out: renewed or reused, its region (flag, else the config's) and where it is cached. */
    public record RoleSession(String profile, String roleArn, TemporaryCredentials credentials, boolean renewed,
            Optional<String> region, Optional<Path> cachedIn) {
    }

    /**
     * The chain of the profile the options name when it is a role profile awsmfa serves; empty for every other
     * profile (the config alone tells, for the common one without {@code role_arn}).
     *
     * @throws dev.awsmfa.AwsMfaException for a role profile awsmfa cannot serve, saying who assumes it instead
     */
    public Optional<RoleChain> chain(RefreshOptions options) {
        return chain(options, true);
    }

    /**
     * The chain of a role profile awsmfa serves, for the commands that only look (status): empty for every other
     * profile, including a role profile awsmfa cannot serve, which they treat as before.
     */
    public Optional<RoleChain> managedChain(RefreshOptions options) {
        return chain(options, false);
    }

    private Optional<RoleChain> chain(RefreshOptions options, boolean failForUnserved) {
        ProfileDocument config = files.config();
        String profile = SettingsResolver.profile(options, env).value();
        Optional<ProfileSection> section = config.profile(profile);
        String role = section.isPresent() ? section.get().value(AwsKeys.ROLE_ARN) : null;
        if (role == null || role.isBlank()) {
            return Optional.empty();
        }
        RoleProfiles roles = RoleProfiles.of(files.credentials(), config, options);
        return failForUnserved ? roles.chain(profile) : roles.managed(profile);
    }

    /** The role session of the chain's profile, from the cache or from STS; {@code --force} renews it alone. */
    public RoleSession session(RefreshOptions options, RoleChain chain, boolean stdinAllowed) {
        Run run = new Run(options, chain, stdinAllowed);
        Obtained target = run.obtain(0, options.isSet(RefreshOption.FORCE));
        RoleProfile link = chain.target();
        return new RoleSession(link.profile(), link.roleArn(), target.credentials, target.renewed,
                region(options, chain),
                run.cache.isPresent() ? Optional.of(run.cache.get().file(link.profile())) : Optional.empty());
    }

    /** The region to hand on with a role session: the flag, else the role profile's, else its base profile's config. */
    public Optional<String> region(RefreshOptions options, RoleChain chain) {
        Optional<String> region = options.get(RefreshOption.REGION);
        if (region.isEmpty()) {
            region = chain.target().configRegion();
        }
        if (region.isEmpty()) {
            SettingsResolver resolver = new SettingsResolver(env, files.credentials(), files.config());
            RefreshOptions base = new SourceOptions(options, chain.base());
            region = resolver.configRegion(chain.base(), resolver.sections(base).longTerm());
        }
        return region.isPresent() && region.get().isBlank() ? Optional.empty() : region;
    }

    /** The cached role session for {@code --no-refresh}: any that has not expired, else empty. */
    public Optional<TemporaryCredentials> cached(RoleChain chain) {
        Optional<RoleSessionCache> cache = cache(false);
        Optional<RoleSessionCache.Entry> entry = cache.isPresent() ? cache.get().read(chain.target().profile())
                : Optional.empty();
        if (entry.isEmpty() || !entry.get().roleArn().equals(chain.target().roleArn())
                || StoredSession.timeLeft(entry.get().expiration(), clock.instant()).isZero()) {
            return Optional.empty();
        }
        return Optional.of(entry.get().credentials());
    }

    /** How the role session of the chain's profile stands, and its source's MFA session. Files only. */
    public RoleStatus status(RefreshOptions options, RoleChain chain) {
        RoleProfile link = chain.target();
        CacheDirectory directory = CacheDirectory.of(env);
        Optional<Path> trusted = directory.existingTrusted();
        Optional<RoleSessionCache.Entry> entry = Optional.empty();
        Optional<Path> file = Optional.empty();
        if (trusted.isPresent()) {
            RoleSessionCache cache = new RoleSessionCache(trusted.get());
            file = Optional.of(cache.file(link.profile()));
            entry = cache.read(link.profile());
            if (entry.isPresent() && !entry.get().roleArn().equals(link.roleArn())) {
                entry = Optional.empty();
            }
        }
        Instant now = clock.instant();
        Duration window = SettingsResolver.refreshWindow(options, env);
        SessionState state = entry.isPresent() ? new StoredSession(entry.get().credentials(),
                Optional.of(link.roleArn()), true).stateAt(now, window) : SessionState.ABSENT;
        return new RoleStatus(link.profile(), link.roleArn(), state, entry, now, file,
                trusted.isPresent() || !directory.exists() ? "" : directory.describe(),
                statuses.status(new SourceOptions(options, chain.base())));
    }

    /** Removes the cached role session of the chain's profile; the file it was in, empty when there was none. */
    public Optional<Path> clear(RoleChain chain) {
        Optional<RoleSessionCache> cache = cache(false);
        if (cache.isPresent() && cache.get().remove(chain.target().profile())) {
            return Optional.of(cache.get().file(chain.target().profile()));
        }
        return Optional.empty();
    }

    /** Removes every expired role session kept in the cache directory; how many. */
    public int clearExpired() {
        Optional<RoleSessionCache> cache = cache(false);
        return cache.isPresent() ? cache.get().removeExpired(clock.instant()) : 0;
    }

    /** The cache, created for a role session to be written; only an existing one to read or clear. */
    private Optional<RoleSessionCache> cache(boolean toWrite) {
        CacheDirectory directory = CacheDirectory.of(env);
        Optional<Path> trusted = toWrite ? directory.trusted() : directory.existingTrusted();
        if (trusted.isEmpty()) {
            if (toWrite) {
                reporter.debug(directory.describe() + "; role sessions are not kept between runs.");
            }
            return Optional.empty();
        }
        return Optional.of(new RoleSessionCache(trusted.get()));
    }

    private record Obtained(TemporaryCredentials credentials, boolean renewed) {
    }

    /** One run's state: the files as read, the cache, the source's settings once known. */
    private final class Run {
        final RefreshOptions options;
        final RoleChain chain;
        final boolean stdinAllowed;
        final RefreshOptions baseOptions;
        final ProfileDocument credentials = files.credentials();
        final ProfileDocument config = files.config();
        final Optional<RoleSessionCache> cache = cache(true);
        RefreshSettings baseSettings;

        Run(RefreshOptions options, RoleChain chain, boolean stdinAllowed) {
            this.options = options;
            this.chain = chain;
            this.stdinAllowed = stdinAllowed;
            this.baseOptions = new SourceOptions(options, chain.base());
        }

        Obtained obtain(int index, boolean force) {
            RoleProfile link = chain.links().get(index);
            if (!force) {
                Optional<RoleSessionCache.Entry> reusable = reusable(link, currentSourceKeyId(index));
                if (reusable.isPresent()) {
                    reporter.debug("Reusing the role session of profile " + link.profile() + " ("
                            + link.roleArn() + "), valid until " + TimeText.naiveUtc(reusable.get().expiration())
                            + " UTC.");
                    return new Obtained(reusable.get().credentials(), false);
                }
            }
            TemporaryCredentials source = index + 1 < chain.links().size() ? obtain(index + 1, false).credentials
                    : refreshBase();
            RoleRequest request = RoleRequest.of(link, index == 0 ? options : RefreshOptions.NONE, env,
                    chain.sourceIsRole(index) || baseSettings().roleArn().isPresent());
            if (request.note().isPresent()) {
                reporter.warn(request.note().get());
            }
            if (cache.isEmpty()) {
                return new Obtained(assume(link, request, source), true);
            }
            try (CredentialsLock lock = files.lock(new LockWait())) {
                // Another run may have assumed the role while this one waited.
                Optional<RoleSessionCache.Entry> meanwhile = force ? Optional.empty()
                        : reusable(link, source.accessKeyId());
                if (meanwhile.isPresent()) {
                    return new Obtained(meanwhile.get().credentials(), false);
                }
                TemporaryCredentials fresh = assume(link, request, source);
                if (!cache.get().write(link.profile(), new RoleSessionCache.Entry(link.roleArn(),
                        source.accessKeyId(), fresh))) {
                    reporter.warn("Could not write the role session of profile " + link.profile() + " to "
                            + cache.get().file(link.profile()) + "; the next run assumes the role again.");
                }
                return new Obtained(fresh, true);
            }
        }

        private Optional<RoleSessionCache.Entry> reusable(RoleProfile link, String sourceKeyId) {
            if (cache.isEmpty() || sourceKeyId == null) {
                return Optional.empty();
            }
            Optional<RoleSessionCache.Entry> entry = cache.get().read(link.profile());
            if (entry.isEmpty() || !entry.get().serves(link.roleArn(), sourceKeyId)) {
                return Optional.empty();
            }
            Duration left = StoredSession.timeLeft(entry.get().expiration(), clock.instant());
            return left.compareTo(SettingsResolver.refreshWindow(options, env)) < 0 ? Optional.empty() : entry;
        }

        /** The key id of the credentials link {@code index} would be assumed with now, from the files; or null. */
        private String currentSourceKeyId(int index) {
            if (chain.sourceIsRole(index)) {
                Optional<RoleSessionCache.Entry> source = cache.isPresent()
                        ? cache.get().read(chain.links().get(index + 1).profile()) : Optional.empty();
                return source.isPresent() ? source.get().credentials().accessKeyId() : null;
            }
            String section = new SettingsResolver(env, credentials, config).sections(baseOptions).shortTerm();
            Optional<ProfileSection> stored = credentials.profile(section);
            Optional<StoredSession> session = stored.isPresent() ? StoredSession.read(stored.get()) : Optional.empty();
            return session.isPresent() ? session.get().credentials().accessKeyId() : null;
        }

        private TemporaryCredentials refreshBase() {
            RefreshResult result = refresh.refresh(baseOptions, stdinAllowed);
            baseSettings = result.settings();
            return result.credentials();
        }

        private RefreshSettings baseSettings() {
            if (baseSettings == null) {
                baseSettings = new SettingsResolver(env, credentials, config).resolve(baseOptions);
            }
            return baseSettings;
        }

        private TemporaryCredentials assume(RoleProfile link, RoleRequest request, TemporaryCredentials source) {
            RefreshSettings at = baseSettings();
            reporter.debug("Calling STS AssumeRole of " + request.roleArn() + " " + at.stsLocation()
                    + " for profile " + link.profile() + " with the session of " + link.sourceProfile() + ", no MFA "
                    + "code (" + request.durationSeconds() + " s).");
            Instant asked = clock.instant();
            try (StsGateway gateway = sts.open(new StsTarget(new LongTermCredentials(source.accessKeyId(),
                    source.secretAccessKey()), at.region(), at.endpointOverride(), RefreshService.STS_TIMEOUT,
                    Optional.of(source.sessionToken())))) {
                return gateway.assumeRoleFromSession(request.roleArn(), request.sessionName(),
                        request.externalId().orElse(null), request.durationSeconds())
                        .plausible(asked, request.durationSeconds(), at, "use", "Nothing was kept");
            }
        }
    }

    /** Tells once that another awsmfa holds the lock; a named class, as on every path that may be an everyday one. */
    private final class LockWait implements Consumer<String> {
        @Override
        public void accept(String message) {
            reporter.info(message);
        }
    }
}
