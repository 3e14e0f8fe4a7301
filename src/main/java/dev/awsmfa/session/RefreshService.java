package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.cache.CacheDirectory;
import dev.awsmfa.files.AwsFiles;
import dev.awsmfa.files.ConcurrentEditException;
import dev.awsmfa.files.CredentialsLock;
import dev.awsmfa.keys.LongTermKeyReader;
import dev.awsmfa.mfa.CodeRequest;
import dev.awsmfa.mfa.MfaCodeSource;
import dev.awsmfa.mfa.NoMfaCodeException;
import dev.awsmfa.mfa.TotpCode;
import dev.awsmfa.profile.AwsKeys;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileFileKind;
import dev.awsmfa.profile.ProfileSection;
import dev.awsmfa.settings.LongTermCredentials;
import dev.awsmfa.settings.RefreshOption;
import dev.awsmfa.settings.RefreshOptions;
import dev.awsmfa.settings.RefreshSettings;
import dev.awsmfa.settings.SettingsResolver;
import dev.awsmfa.time.TimeText;
import dev.awsmfa.validation.StsLimits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * aws-mfa's job: reuse a profile's stored session while it is valid, else get an MFA code, call STS and
 * write the new session to the short-term section. The decision is taken again under the credentials lock,
 * so of several processes started at once only the first asks for a code; the others reuse its session. The
 * file is known writable, and the long-term keys are read (a {@code credential_process} runs here only), before a
 * code is asked for, so a locked store fails before a code is typed; the STS client is built while it is typed;
 * STS's answer is checked before it is written; another program's edit made meanwhile is kept, and a session that cannot
 * be merged is saved beside the file rather than lost.
 */
public final class RefreshService {
    /** How long STS may take, retries included, before we give up. */
    static final Duration STS_TIMEOUT = Duration.ofSeconds(15);

    private final AwsFiles files;
    private final Env env;
    private final Clock clock;
    private final MfaCodeSource codes;
    private final LongTermKeyReader keys;
    private final StsGatewayFactory sts;
    private final IamGatewayFactory iam;
    private final Reporter reporter;

    public RefreshService(AwsFiles files, Env env, Clock clock, MfaCodeSource codes, LongTermKeyReader keys,
            StsGatewayFactory sts, IamGatewayFactory iam, Reporter reporter) {
        this.files = files;
        this.env = env;
        this.clock = clock;
        this.codes = codes;
        this.keys = keys;
        this.sts = sts;
        this.iam = iam;
        this.reporter = reporter;
    }

    /** @param stdinAllowed false where stdin belongs to the caller (export, credential-process) */
    public RefreshResult refresh(RefreshOptions options, boolean stdinAllowed) {
        return refresh(options, stdinAllowed, SharedRun.alone());
    }

    /**
     * One profile of a run: the session another profile of the run got for the same user and device is
     * written without a call; a device whose code was just spent is waited for ({@link SharedRun#waits()}).
     */
    public RefreshResult refresh(RefreshOptions options, boolean stdinAllowed, SharedRun run) {
        ProfileDocument config = files.config();
        ProfileDocument initial = files.credentials();
        SettingsResolver resolver = new SettingsResolver(env, initial, config);
        RefreshSettings settings = resolver.resolve(options);
        for (String warning : resolver.shadowingWarnings(settings.shortTermSection())) {
            reporter.warn(warning);
        }
        Optional<String> exposure = files.exposureWarning();
        if (exposure.isPresent()) {
            reporter.warn(exposure.get());
        }
        boolean force = options.isSet(RefreshOption.FORCE);
        if (!renewalNeeded(initial, settings, force)) {
            return new RefreshResult(settings, stored(initial, settings).credentials(), RefreshResult.Outcome.REUSED);
        }
        try (CredentialsLock lock = files.lock(reporter::info)) {
            ProfileDocument credentials = files.credentials();
            // Another process may have refreshed while we waited for the lock.
            settings = new SettingsResolver(env, credentials, config).resolve(options);
            StoredSession stored = stored(credentials, settings);
            Optional<Renewal> renewal = Renewal.needed(settings.shortTermSection(), Optional.ofNullable(stored),
                    settings.roleArn(), force, clock.instant(), settings.refreshWindow());
            if (renewal.isEmpty()) {
                return new RefreshResult(settings, stored.credentials(), RefreshResult.Outcome.REUSED);
            }
            Optional<StoredSession> keepable = renewal.get().keepable();
            reporter.debug("Renewing: " + renewal.get().reason());
            files.checkWritable(ProfileFileKind.CREDENTIALS);
            SessionKey key = SessionKey.of(settings);
            Optional<SharedRun.Obtained> shared = run.session(key);
            if (shared.isPresent()) {
                reporter.debug("Writing the session just obtained for profile " + shared.get().profile() + ": same "
                        + "long-term key, device and request.");
                write(lock, credentials, settings, shared.get().credentials());
                run.shared(settings.profile(), shared.get().profile());
                return new RefreshResult(settings, shared.get().credentials(), RefreshResult.Outcome.RENEWED);
            }
            reporter.debug("Long-term keys: " + settings.longTermKeys().describe() + ".");
            LongTermCredentials longTerm;
            try {
                longTerm = keys.read(settings.longTermKeys());
            } catch (AwsMfaException e) {
                if (keepable.isEmpty()) {
                    throw e;
                }
                return keep(settings, keepable.get(), lowerFirst(e.getMessage()));
            }
            settings = withDeviceSerial(settings, options, new SettingsResolver(env, credentials, config), longTerm);
            UsedCodeGuard guard = codeGuard(options, settings);
            StsClientOpening gateway = StsClientOpening.start(sts, new StsTarget(longTerm,
                    settings.region(), settings.endpointOverride(), STS_TIMEOUT));
            try {
                TotpCode code;
                try {
                    awaitUnspentCode(options, settings, guard, run);
                    code = codes.obtain(new CodeRequest(options.get(RefreshOption.TOKEN),
                            options.get(RefreshOption.TOKEN_COMMAND), settings.mfaProcess(), stdinAllowed,
                            settings.mfaSerial(), settings.profile(), renewal.get().reason()
                                    + served(run.servedBy(key), settings.mfaSerial())
                                    + (keepable.isPresent() ? " Press Enter without a code to keep it." : ""),
                            settings.prompt()));
                } catch (AwsMfaException e) {
                    if (e.exitCode() != ExitCode.NO_MFA_CODE || keepable.isEmpty()) {
                        throw e;
                    }
                    return keep(settings, keepable.get(), e instanceof NoMfaCodeException missing
                            ? missing.briefly() + "." : lowerFirst(e.getMessage()));
                }
                guard.check(settings.mfaSerial(), code);
                TemporaryCredentials fresh = exchange(gateway.get(), settings, code);
                guard.remember(settings.mfaSerial(), code);
                run.obtained(key, settings.profile(), fresh);
                write(lock, credentials, settings, fresh);
                return new RefreshResult(settings, fresh, RefreshResult.Outcome.RENEWED);
            } finally {
                gateway.close();
            }
        }
    }

    /** A device given by name is looked up only now, when STS is to be called: a reused session needs no IAM call. */
    private RefreshSettings withDeviceSerial(RefreshSettings settings, RefreshOptions options,
            SettingsResolver resolver, LongTermCredentials longTerm) {
        String device = settings.mfaSerial();
        if (!StsLimits.isDeviceName(device)) {
            return settings;
        }
        StsTarget target = new StsTarget(longTerm, settings.region(),
                resolver.iamEndpoint(settings.profile(), settings.longTermSection()), STS_TIMEOUT);
        String serial = new OwnMfaDevices(iam).resolve(device, resolver.device(options).source(), target);
        reporter.debug("MFA device '" + device + "' is " + serial + ".");
        return settings.withMfaSerial(serial);
    }

    /** Keeps a still valid session that could not be renewed, saying why. */
    private RefreshResult keep(RefreshSettings settings, StoredSession keepable, String why) {
        reporter.warn("Session [" + settings.shortTermSection() + "] is still valid for "
                + TimeText.duration(keepable.timeLeft(clock.instant())) + "; not renewed: " + why);
        return new RefreshResult(settings, keepable.credentials(), RefreshResult.Outcome.KEPT);
    }

    /**
     * In a run of several profiles, a device whose code was just spent: the next step is waited for, as a code
     * command or the person can give its next code then; a fixed {@code --token} has no next code to give.
     *
     * @throws SkippedProfileException when the user cut the wait short
     */
    private void awaitUnspentCode(RefreshOptions options, RefreshSettings settings, UsedCodeGuard guard,
            SharedRun run) {
        String device = settings.mfaSerial();
        Optional<String> spentFor = run.spentFor(device);
        Optional<String> token = options.get(RefreshOption.TOKEN);
        if (spentFor.isPresent() && token.isPresent() && !token.get().equals(MfaCodeSource.STDIN_TOKEN)) {
            throw new AwsMfaException(ExitCode.MFA_REJECTED, "--token gives one code, spent on profile "
                    + spentFor.get() + " of the same device " + device + ", and AWS accepts each code once: run "
                    + "awsmfa --profile " + settings.profile() + " with the next code.");
        }
        Optional<Instant> next = run.waits() ? guard.nextCodeAt(device) : Optional.empty();
        if (next.isPresent() && !run.waitUntil(next.get(), device, settings.profile())) {
            throw new SkippedProfileException("The wait for the next code of " + device + " was cut short with "
                    + "Ctrl-C.");
        }
    }

    /** " One code for DEVICE serves profiles a, b.": what the prompt's line says when the code serves several. */
    private static String served(List<String> profiles, String device) {
        return profiles.size() < 2 ? "" : " One code for " + device + " serves profiles " + String.join(", ", profiles)
                + ".";
    }

    /** Whether the session stored for {@code settings} is due for renewal (absent, expiring, another role, forced). */
    boolean renewalNeeded(ProfileDocument credentials, RefreshSettings settings, boolean force) {
        return Renewal.needed(settings.shortTermSection(), Optional.ofNullable(stored(credentials, settings)),
                settings.roleArn(), force, clock.instant(), settings.refreshWindow()).isPresent();
    }

    /** The session stored in the short-term section, or {@code null} when it holds none. */
    private static StoredSession stored(ProfileDocument credentials, RefreshSettings settings) {
        Optional<ProfileSection> section = credentials.profile(settings.shortTermSection());
        return section.isPresent() ? StoredSession.read(section.get()).orElse(null) : null;
    }

    private static String lowerFirst(String message) {
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    private TemporaryCredentials exchange(StsGateway gateway, RefreshSettings settings, TotpCode code) {
        reporter.debug("Calling STS " + (settings.roleArn().isPresent() ? "AssumeRole" : "GetSessionToken")
                + " " + settings.stsLocation() + " for " + settings.mfaSerial() + " (" + settings.durationSeconds()
                + " s).");
        Instant asked = clock.instant();
        TemporaryCredentials fresh = settings.roleArn().isPresent()
                ? gateway.assumeRole(settings.roleArn().get(), settings.roleSessionName(),
                        settings.externalId().orElse(null), settings.mfaSerial(), code, settings.durationSeconds())
                : gateway.getSessionToken(settings.mfaSerial(), code, settings.durationSeconds());
        return fresh.plausible(asked, settings.durationSeconds(), settings, "write", "Nothing was written");
    }

    private void write(CredentialsLock lock, ProfileDocument credentials, RefreshSettings settings,
            TemporaryCredentials fresh) {
        String section = settings.shortTermSection();
        Map<String, String> values = sessionValues(fresh, settings.roleArn());
        try {
            String how = files.update(lock, credentials, document -> document.withProfileValues(section, values));
            reporter.debug("Wrote [" + section + "] to " + files.paths().credentialsFile() + ": " + how + ".");
        } catch (ConcurrentEditException e) {
            Path aside = files.saveAside(section, values);
            throw new ConcurrentEditException(e, "Your new session is in " + aside + " (readable by you only): use it "
                    + "with AWS_SHARED_CREDENTIALS_FILE=" + aside + ", or copy its [" + section + "] section into "
                    + files.paths().credentialsFile() + " once the file is fixed.");
        }
    }

    /**
     * The keys aws-mfa writes to the short-term section, with its values and, for a new section, in its
     * order; {@code null} removes a key (a plain session drops {@code assumed_role_arn}).
     */
    static Map<String, String> sessionValues(TemporaryCredentials credentials, Optional<String> roleArn) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(AwsKeys.ASSUMED_ROLE, roleArn.isPresent() ? "True" : "False");
        values.put(AwsKeys.ASSUMED_ROLE_ARN, roleArn.orElse(null));
        values.put(AwsKeys.ACCESS_KEY_ID, credentials.accessKeyId());
        values.put(AwsKeys.SECRET_ACCESS_KEY, credentials.secretAccessKey());
        values.put(AwsKeys.SESSION_TOKEN, credentials.sessionToken());
        values.put(AwsKeys.SECURITY_TOKEN, credentials.sessionToken());
        values.put(AwsKeys.EXPIRATION, TimeText.naiveUtc(credentials.expiration()));
        return values;
    }

    private UsedCodeGuard codeGuard(RefreshOptions options, RefreshSettings settings) {
        if (options.isSet(RefreshOption.NO_CODE_GUARD) || settings.endpointOverride().isPresent()) {
            return UsedCodeGuard.off();
        }
        CacheDirectory cache = CacheDirectory.of(env);
        if (cache.trusted().isEmpty()) {
            reporter.debug(cache.describe() + "; the reused-code guard is off.");
            return UsedCodeGuard.off();
        }
        return UsedCodeGuard.storedIn(cache.trusted().get().resolve("used-codes"), clock);
    }
}
