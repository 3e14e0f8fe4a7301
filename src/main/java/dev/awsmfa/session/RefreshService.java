package dev.awsmfa.session;

import dev.awsmfa.Env;
import dev.awsmfa.cache.CacheDirectory;
import dev.awsmfa.files.AwsFiles;
import dev.awsmfa.files.CredentialsLock;
import dev.awsmfa.mfa.CodeRequest;
import dev.awsmfa.mfa.MfaCodeSource;
import dev.awsmfa.mfa.TotpCode;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileSection;
import dev.awsmfa.settings.RefreshOptions;
import dev.awsmfa.settings.RefreshSettings;
import dev.awsmfa.settings.SettingsResolver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * aws-mfa's job: reuse the stored session of a profile while it is valid, otherwise get an MFA
 * code, call STS, and write the new session to the short-term section. The decision to refresh is
 * taken again under the credentials lock, so of several processes started at once only the first
 * asks for a code and calls STS; the others find its session and reuse it.
 */
public final class RefreshService {
    /** How long STS may take, retries included, before we give up. */
    static final Duration STS_TIMEOUT = Duration.ofSeconds(15);

    private final AwsFiles files;
    private final Env env;
    private final Clock clock;
    private final MfaCodeSource codes;
    private final StsGatewayFactory sts;
    private final Reporter reporter;

    public RefreshService(AwsFiles files, Env env, Clock clock, MfaCodeSource codes, StsGatewayFactory sts,
            Reporter reporter) {
        this.files = files;
        this.env = env;
        this.clock = clock;
        this.codes = codes;
        this.sts = sts;
        this.reporter = reporter;
    }

    /**
     * @param stdinAllowed false where stdin belongs to the caller (export, credential-process)
     */
    public RefreshResult refresh(RefreshOptions options, boolean stdinAllowed) {
        ProfileDocument config = files.config();
        ProfileDocument initial = files.credentials();
        SettingsResolver resolver = new SettingsResolver(env, initial, config);
        RefreshSettings settings = resolver.resolve(options);
        // Loops, not forEach(reporter::warn): every start runs this, and a lambda's first call is slow.
        for (String warning : resolver.shadowingWarnings(settings.shortTermSection())) {
            reporter.warn(warning);
        }
        Optional<String> exposure = files.exposureWarning();
        if (exposure.isPresent()) {
            reporter.warn(exposure.get());
        }
        if (!options.force()) {
            Optional<RefreshResult> reused = reuse(initial, settings);
            if (reused.isPresent()) {
                return reused.get();
            }
        }
        try (CredentialsLock lock = files.lock(reporter::info)) {
            ProfileDocument credentials = files.credentials();
            // Another process may have refreshed while we waited for the lock.
            settings = new SettingsResolver(env, credentials, config).resolve(options);
            if (!options.force()) {
                Optional<RefreshResult> reused = reuse(credentials, settings);
                if (reused.isPresent()) {
                    return reused.get();
                }
            }
            TotpCode code = code(options, settings, stdinAllowed);
            UsedCodeGuard guard = codeGuard(options, settings);
            guard.check(settings.mfaSerial(), code);
            TemporaryCredentials fresh = exchange(settings, code);
            guard.remember(settings.mfaSerial(), code);
            files.writeCredentials(lock, credentials.withProfileValues(settings.shortTermSection(),
                    SessionSection.values(fresh, settings.roleArn())));
            reporter.debug("Wrote [" + settings.shortTermSection() + "] to " + files.paths().credentialsFile());
            return new RefreshResult(settings, fresh, true);
        }
    }

    private Optional<RefreshResult> reuse(ProfileDocument credentials, RefreshSettings settings) {
        Instant now = clock.instant();
        Optional<ProfileSection> section = credentials.profile(settings.shortTermSection());
        Optional<StoredSession> stored = section.isPresent() ? StoredSession.read(section.get()) : Optional.empty();
        if (stored.isEmpty()) {
            reporter.debug("No stored session in [" + settings.shortTermSection() + "]; getting a new one.");
            return Optional.empty();
        }
        Optional<String> reason = stored.get().reasonToRefresh(settings.roleArn(), now, settings.refreshWindow());
        if (reason.isPresent()) {
            reporter.debug("Refreshing: " + reason.get() + ".");
            return Optional.empty();
        }
        return Optional.of(new RefreshResult(settings, stored.get().credentials(), false));
    }

    private TotpCode code(RefreshOptions options, RefreshSettings settings, boolean stdinAllowed) {
        return codes.obtain(new CodeRequest(options.token(), options.tokenCommand(), settings.mfaProcess(),
                stdinAllowed, settings.mfaSerial(), settings.profile()));
    }

    private TemporaryCredentials exchange(RefreshSettings settings, TotpCode code) {
        StsTarget target = new StsTarget(settings.longTermCredentials(), settings.region(),
                settings.endpointOverride(), STS_TIMEOUT);
        reporter.debug("Calling STS " + (settings.roleArn().isPresent() ? "AssumeRole" : "GetSessionToken")
                + " in " + settings.region() + (settings.endpointOverride().isPresent()
                        ? " at " + settings.endpointOverride().get() : "")
                + " for " + settings.mfaSerial() + " (" + settings.durationSeconds() + " s).");
        try (StsGateway gateway = sts.open(target)) {
            if (settings.roleArn().isPresent()) {
                return gateway.assumeRole(settings.roleArn().get(), settings.roleSessionName(),
                        settings.externalId().orElse(null), settings.mfaSerial(), code, settings.durationSeconds());
            }
            return gateway.getSessionToken(settings.mfaSerial(), code, settings.durationSeconds());
        }
    }

    private UsedCodeGuard codeGuard(RefreshOptions options, RefreshSettings settings) {
        if (!options.codeGuard() || settings.endpointOverride().isPresent()) {
            return UsedCodeGuard.off();
        }
        return UsedCodeGuard.storedIn(CacheDirectory.resolve(env).resolve("used-codes"), clock);
    }
}
