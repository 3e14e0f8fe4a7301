package dev.awsmfa.settings;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.mfa.PromptChoice;
import dev.awsmfa.mfa.PromptSetting;
import dev.awsmfa.profile.AwsKeys;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileSection;
import dev.awsmfa.validation.StsLimits;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Joins flags, environment and both AWS files into {@link RefreshSettings}, the first present winning: flag,
 * environment, aws-mfa's legacy key in the long-term credentials section, then {@code ~/.aws/config} (the
 * long-term profile's section, then the profile's own); each checked against STS's limits before any call. Where a
 * code is asked for ({@code mfa_prompt}) is one of them: it names awsmfa's choice, so the settings use
 * {@code mfa}'s {@link PromptChoice}.
 */
public final class SettingsResolver {
    static final int DEFAULT_REFRESH_WINDOW_MINUTES = 5;
    static final String REFRESH_WINDOW_ENV = "AWSMFA_REFRESH_WINDOW";
    static final String PROMPT_ENV = "AWSMFA_PROMPT";

    private final Env env;
    private final ProfileDocument credentials;
    private final ProfileDocument config;

    public SettingsResolver(Env env, ProfileDocument credentials, ProfileDocument config) {
        this.env = env;
        this.credentials = credentials;
        this.config = config;
    }

    /** The credentials sections of one profile: where the keys are read and the session written. */
    public record Sections(Sourced profile, String longTerm, String shortTerm) {
    }

    /** The profile the options and the environment name, before any file is read. */
    public static Sourced profile(RefreshOptions options, Env env) {
        // The AWS CLI's order; a flag beats the environment.
        return Sourced.first(
                        Sourced.of(options.get(RefreshOption.PROFILE), "--profile"),
                        Sourced.of(env.get("AWS_PROFILE"), "AWS_PROFILE"),
                        Sourced.of(env.get("AWS_DEFAULT_PROFILE"), "AWS_DEFAULT_PROFILE"))
                .orElse(new Sourced("default", "the default profile"));
    }

    public Sections sections(RefreshOptions options) {
        Sourced profile = profile(options, env);
        String longTerm = SectionNames.of(profile.value(),
                options.get(RefreshOption.LONG_TERM_SUFFIX).orElse(SectionNames.DEFAULT_LONG_TERM_SUFFIX));
        String shortTerm = SectionNames.of(profile.value(),
                options.get(RefreshOption.SHORT_TERM_SUFFIX).orElse("none"));
        if (longTerm.equals(shortTerm)) {
            throw new AwsMfaException(ExitCode.USAGE, "The long-term and short-term sections are both [" + longTerm
                    + "]: the session would overwrite your long-term keys. Give --long-term-suffix and "
                    + "--short-term-suffix different values.");
        }
        return new Sections(profile, longTerm, shortTerm);
    }

    public RefreshSettings resolve(RefreshOptions options) {
        Sections sections = sections(options);
        String profile = sections.profile().value();
        ProfileSection longTerm = credentials.profile(sections.longTerm()).orElse(null);
        LongTermKeySource keys = longTermKeys(sections, longTerm);

        Optional<Sourced> device = device(options, sections, longTerm);
        if (device.isEmpty()) {
            throw new AwsMfaException(ExitCode.PROFILE_NOT_FOUND, "No MFA device for profile " + profile
                    + ": pass --device arn:aws:iam::ACCOUNT:mfa/NAME, set MFA_DEVICE, or add mfa_serial to "
                    + configHeader(profile) + " in " + config.fileName() + ".");
        }
        Sourced serial = device.get();
        StsLimits.checkSerial(serial.value(), serial.source());

        Optional<Sourced> role = Sourced.first(
                Sourced.of(options.get(RefreshOption.ASSUME_ROLE), "--assume-role"),
                Sourced.of(env.get("MFA_ASSUME_ROLE"), "MFA_ASSUME_ROLE"),
                credentialsValue(longTerm, AwsKeys.LEGACY_ASSUME_ROLE),
                configValue(sections.longTerm(), AwsKeys.ROLE_ARN));
        if (role.isPresent()) {
            StsLimits.checkRoleArn(role.get().value(), role.get().source());
        }

        int duration = duration(options, sections, role.isPresent());
        Optional<Sourced> givenSessionName = Sourced.first(
                Sourced.of(options.get(RefreshOption.ROLE_SESSION_NAME), "--role-session-name"),
                configValue(sections.longTerm(), AwsKeys.ROLE_SESSION_NAME));
        Sourced sessionName = givenSessionName.isPresent() ? givenSessionName.get()
                : new Sourced(StsLimits.sanitizeSessionName(loginName(env)), "your login name");
        if (role.isPresent()) {
            StsLimits.checkSessionName(sessionName.value(), sessionName.source());
        }
        Optional<Sourced> externalId = Sourced.first(
                Sourced.of(options.get(RefreshOption.EXTERNAL_ID), "--external-id"),
                configValue(sections.longTerm(), AwsKeys.EXTERNAL_ID));
        if (externalId.isPresent()) {
            StsLimits.checkExternalId(externalId.get().value(), externalId.get().source());
        }

        Sourced region = Sourced.first(
                        Sourced.of(options.get(RefreshOption.REGION), "--region"),
                        Sourced.of(env.get("AWS_REGION"), "AWS_REGION"),
                        Sourced.of(env.get("AWS_DEFAULT_REGION"), "AWS_DEFAULT_REGION"),
                        configValue(sections.longTerm(), AwsKeys.REGION),
                        configValue(profile, AwsKeys.REGION))
                .orElse(new Sourced("us-east-1", "the default region"));
        StsLimits.checkRegion(region.value(), region.source());

        Optional<Sourced> endpointUrl = Sourced.first(
                Sourced.of(options.get(RefreshOption.ENDPOINT_URL), "--endpoint-url"),
                Sourced.of(env.get("AWS_ENDPOINT_URL_STS"), "AWS_ENDPOINT_URL_STS"),
                Sourced.of(env.get("AWS_ENDPOINT_URL"), "AWS_ENDPOINT_URL"),
                configValue(sections.longTerm(), AwsKeys.ENDPOINT_URL),
                configValue(profile, AwsKeys.ENDPOINT_URL));
        Optional<URI> endpoint = endpoint(endpointUrl);

        Optional<String> mfaProcess = Sourced.valueOf(Sourced.first(
                configValue(sections.longTerm(), AwsKeys.MFA_PROCESS),
                configValue(profile, AwsKeys.MFA_PROCESS)));

        return new RefreshSettings(profile, sections.longTerm(), sections.shortTerm(),
                keys, serial.value(),
                Sourced.valueOf(role), sessionName.value(), Sourced.valueOf(externalId), duration,
                region.value(), endpoint, refreshWindow(options, env), mfaProcess,
                configRegion(profile, sections.longTerm()), prompt(options, sections));
    }

    /** Where a code may be asked for: flag, environment, then mfa_prompt like mfa_process; {@code auto} by default. */
    private PromptSetting prompt(RefreshOptions options, Sections sections) {
        Optional<PromptChoice> flag = options.get(RefreshOption.PROMPT);
        if (flag.isPresent()) {
            return new PromptSetting(flag.get(), "--prompt");
        }
        Optional<Sourced> given = Sourced.first(
                Sourced.of(env.get(PROMPT_ENV), PROMPT_ENV),
                configValue(sections.longTerm(), AwsKeys.MFA_PROMPT),
                configValue(sections.profile().value(), AwsKeys.MFA_PROMPT));
        return given.isPresent() ? new PromptSetting(PromptChoice.parse(given.get().value(), given.get().source()),
                given.get().source()) : PromptSetting.DEFAULT;
    }

    /** The MFA device and where it was given (the long-term keys may come from a credential_process). */
    public Sourced device(RefreshOptions options) {
        Sections sections = sections(options);
        return device(options, sections, credentials.profile(sections.longTerm()).orElse(null)).orElseThrow();
    }

    private Optional<Sourced> device(RefreshOptions options, Sections sections, ProfileSection longTerm) {
        return Sourced.first(
                Sourced.of(options.get(RefreshOption.DEVICE), "--device"),
                Sourced.of(env.get("MFA_DEVICE"), "MFA_DEVICE"),
                credentialsValue(longTerm, AwsKeys.LEGACY_MFA_DEVICE),
                credentialsValue(longTerm, AwsKeys.MFA_SERIAL),
                configValue(sections.longTerm(), AwsKeys.MFA_SERIAL),
                configValue(sections.profile().value(), AwsKeys.MFA_SERIAL));
    }

    /**
     * Where IAM is called (the device list of {@code --setup}, a device given by name), when not at AWS's global
     * endpoint: {@code AWS_ENDPOINT_URL_IAM}, then {@code AWS_ENDPOINT_URL}, then {@code endpoint_url} in the config
     * file, as the AWS CLI reads them for IAM; never {@code --endpoint-url}, which names an STS endpoint.
     */
    public Optional<URI> iamEndpoint(String profile, String longTermSection) {
        return endpoint(Sourced.first(
                Sourced.of(env.get("AWS_ENDPOINT_URL_IAM"), "AWS_ENDPOINT_URL_IAM"),
                Sourced.of(env.get("AWS_ENDPOINT_URL"), "AWS_ENDPOINT_URL"),
                configValue(longTermSection, AwsKeys.ENDPOINT_URL),
                configValue(profile, AwsKeys.ENDPOINT_URL)));
    }

    /** The config file's region of {@code profile}, else of {@code longTermProfile}; a blank one counts, as ever. */
    public Optional<String> configRegion(String profile, String longTermProfile) {
        Optional<String> region = regionOf(profile);
        return region.isPresent() ? region : regionOf(longTermProfile);
    }

    private Optional<String> regionOf(String profile) {
        Optional<ProfileSection> section = config.profile(profile);
        return section.isPresent() ? section.get().get(AwsKeys.REGION) : Optional.empty();
    }

    /** The refresh window: renew when less than this remains. */
    public static Duration refreshWindow(RefreshOptions options, Env env) {
        Sourced minutes = Sourced.first(
                        Sourced.of(decimal(options.get(RefreshOption.REFRESH_WINDOW)), "--refresh-window"),
                        Sourced.of(env.get(REFRESH_WINDOW_ENV), REFRESH_WINDOW_ENV))
                .orElse(new Sourced(String.valueOf(DEFAULT_REFRESH_WINDOW_MINUTES), "the default"));
        int value = parseInt(minutes, "minutes");
        if (value < 0 || value > 24 * 60) {
            throw new AwsMfaException(ExitCode.INVALID_INPUT, "Refresh window " + value + " (from " + minutes.source()
                    + ") must be 0 to 1440 minutes.");
        }
        return Duration.ofMinutes(value);
    }

    /** Warnings about config that would make the AWS CLI ignore the session awsmfa writes. */
    public List<String> shadowingWarnings(String shortTermSection) {
        List<String> warnings = new ArrayList<>();
        Optional<ProfileSection> section = config.profile(shortTermSection);
        if (section.isEmpty()) {
            return warnings;
        }
        for (String key : List.of(AwsKeys.ROLE_ARN, AwsKeys.CREDENTIAL_PROCESS, AwsKeys.SSO_SESSION,
                AwsKeys.SSO_START_URL, AwsKeys.WEB_IDENTITY_TOKEN_FILE)) {
            if (section.get().get(key).isPresent()) {
                warnings.add(configHeader(shortTermSection) + " in " + config.fileName() + " sets " + key
                        + ": the AWS CLI and SDKs use that instead of the session awsmfa writes to ["
                        + shortTermSection + "]. Move " + key + " to another profile, or give the role to awsmfa"
                        + " with --assume-role.");
                break;
            }
        }
        return warnings;
    }

    private int duration(RefreshOptions options, Sections sections, boolean assumeRole) {
        Optional<Sourced> given = Sourced.first(
                Sourced.of(decimal(options.get(RefreshOption.DURATION)), "--duration"),
                Sourced.of(env.get("MFA_STS_DURATION"), "MFA_STS_DURATION"),
                configValue(sections.longTerm(), AwsKeys.DURATION_SECONDS),
                configValue(sections.profile().value(), AwsKeys.DURATION_SECONDS));
        if (given.isEmpty()) {
            return assumeRole ? StsLimits.DEFAULT_ASSUME_ROLE_DURATION : StsLimits.DEFAULT_SESSION_TOKEN_DURATION;
        }
        int seconds = parseInt(given.get(), "seconds");
        StsLimits.checkDuration(seconds, assumeRole, given.get().source());
        return seconds;
    }

    private String missingLongTerm(Sections sections) {
        Sourced profile = sections.profile();
        if (credentials.isMissing()) {
            return "there is no credentials file at " + credentials.fileName() + " (" + (env.get(
                    "AWS_SHARED_CREDENTIALS_FILE").isPresent() ? "AWS_SHARED_CREDENTIALS_FILE" : "the AWS CLI's default")
                    + "): run awsmfa --setup --profile " + profile.value() + " to create it with the IAM user's "
                    + "long-term keys, or point AWS_SHARED_CREDENTIALS_FILE at yours.";
        }
        Optional<ProfileSection> own = config.profile(profile.value());
        Optional<ForeignProfile> foreign = own.isPresent() ? ForeignProfile.of(own.get()) : Optional.empty();
        if (foreign.isPresent()) {
            return "Profile " + profile.value() + " is " + foreign.get().what() + " (" + foreign.get().keyIn(own.get())
                    + " in " + configHeader(profile.value()) + " of " + config.fileName() + "): "
                    + foreign.get().how(profile.value()) + ", and the AWS CLI and SDKs use it as it is. awsmfa gets "
                    + "MFA sessions for profiles with long-term keys in [" + sections.longTerm() + "].";
        }
        String where = credentials.fileName() + " has no [" + sections.longTerm() + "] section";
        if (profile.source().startsWith("AWS_")) {
            boolean known = credentials.profileNames().contains(profile.value())
                    || config.profileNames().contains(profile.value());
            return profile.source() + "=" + profile.value() + (known ? ", but " : " names no profile, and ") + where
                    + ": set " + profile.source() + " to a profile with long-term keys, or pass --profile.";
        }
        return where + " for profile " + profile.value() + ": put the IAM user's long-term keys there"
                + " (run awsmfa --setup --profile " + profile.value() + ") or a " + AwsKeys.CREDENTIAL_PROCESS
                + " in " + configHeader(sections.longTerm()) + " of " + config.fileName()
                + ", or pass --long-term-suffix.";
    }

    /**
     * The keys of the long-term section when it has any (botocore reads them before {@code credential_process},
     * and half a pair is an error there too), else its {@code credential_process} (the credentials file's
     * section, then the config file's, as botocore merges them); the command is not run here.
     */
    private LongTermKeySource longTermKeys(Sections sections, ProfileSection longTerm) {
        Optional<Sourced> process = keyProcess(sections, longTerm);
        boolean fileKeys = longTerm != null && (nonEmpty(longTerm.get(AwsKeys.ACCESS_KEY_ID)).isPresent()
                || nonEmpty(longTerm.get(AwsKeys.SECRET_ACCESS_KEY)).isPresent());
        if (!fileKeys && process.isPresent()) {
            return new LongTermKeySource.FromCommand(process.get().value(), process.get().source());
        }
        if (longTerm == null) {
            throw new AwsMfaException(ExitCode.PROFILE_NOT_FOUND, missingLongTerm(sections));
        }
        String where = "[" + longTerm.name() + "] in " + credentials.fileName();
        String keyId = requiredKey(longTerm, AwsKeys.ACCESS_KEY_ID, where, sections.longTerm());
        String secret = requiredKey(longTerm, AwsKeys.SECRET_ACCESS_KEY, where, sections.longTerm());
        StsLimits.checkAccessKeyId(keyId, where);
        return new LongTermKeySource.InCredentialsFile(new LongTermCredentials(keyId, secret), where,
                process.isPresent() ? Optional.of(process.get().source()) : Optional.empty());
    }

    /** Where the profile's long-term keys are, without the rest of a refresh's settings (no device needed). */
    public LongTermKeySource longTermKeys(Sections sections) {
        return longTermKeys(sections, credentials.profile(sections.longTerm()).orElse(null));
    }

    /** Whether the profile has a long-term section in the credentials file or a credential_process for its keys. */
    public boolean hasLongTermKeys(Sections sections) {
        return hasLongTermKeys(credentials, config, sections.longTerm());
    }

    /**
     * Whether {@code longTermSection} can give long-term keys: it is in the credentials file, or its config section
     * has a {@code credential_process}; the one rule for a refresh, a role's source and {@code --all}.
     */
    public static boolean hasLongTermKeys(ProfileDocument credentials, ProfileDocument config,
            String longTermSection) {
        if (credentials.profile(longTermSection).isPresent()) {
            return true;
        }
        Optional<ProfileSection> section = config.profile(longTermSection);
        return section.isPresent() && nonEmpty(section.get().get(AwsKeys.CREDENTIAL_PROCESS)).isPresent();
    }

    private Optional<Sourced> keyProcess(Sections sections, ProfileSection longTerm) {
        return Sourced.first(credentialsValue(longTerm, AwsKeys.CREDENTIAL_PROCESS),
                configValue(sections.longTerm(), AwsKeys.CREDENTIAL_PROCESS));
    }

    private String requiredKey(ProfileSection section, String key, String where, String longTermProfile) {
        Optional<String> value = nonEmpty(section.get(key));
        if (value.isEmpty()) {
            throw new AwsMfaException(ExitCode.PROFILE_NOT_FOUND, where + " (line " + section.line() + ") has no " + key
                    + ": add the IAM user's long-term " + key + " there, or a " + AwsKeys.CREDENTIAL_PROCESS
                    + " that prints the keys to " + configHeader(longTermProfile) + " in " + config.fileName() + ".");
        }
        return value.get();
    }

    /** A key's value in a credentials section that may be absent (the keys may come from a command). */
    private Optional<Sourced> credentialsValue(ProfileSection section, String key) {
        if (section == null) {
            return Optional.empty();
        }
        return Sourced.of(nonEmpty(section.get(key)),
                key + " in [" + section.name() + "] of " + credentials.fileName());
    }

    private Optional<Sourced> configValue(String profile, String key) {
        Optional<ProfileSection> section = config.profile(profile);
        if (section.isEmpty()) {
            return Optional.empty();
        }
        return Sourced.of(nonEmpty(section.get().get(key)),
                key + " in " + configHeader(profile) + " of " + config.fileName());
    }

    private static Optional<String> nonEmpty(Optional<String> value) {
        return value.isPresent() && value.get().isEmpty() ? Optional.empty() : value;
    }

    private static Optional<String> decimal(Optional<Integer> number) {
        return number.isPresent() ? Optional.of(String.valueOf(number.get())) : Optional.empty();
    }

    private static String configHeader(String profile) {
        return "default".equals(profile) ? "[default]" : "[profile " + profile + "]";
    }

    private static Optional<URI> endpoint(Optional<Sourced> url) {
        return url.isPresent() ? Optional.of(endpoint(url.get())) : Optional.empty();
    }

    private static URI endpoint(Sourced url) {
        try {
            URI uri = new URI(url.value());
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new URISyntaxException(url.value(), "not an http(s) URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new AwsMfaException(ExitCode.INVALID_INPUT, "Endpoint URL '" + url.value() + "' (from " + url.source()
                    + ") is not a valid http(s) URL: expected e.g. https://sts.eu-west-1.amazonaws.com.");
        }
    }

    static int parseInt(Sourced value, String unit) {
        try {
            return Integer.parseInt(value.value().trim());
        } catch (NumberFormatException e) {
            throw new AwsMfaException(ExitCode.INVALID_INPUT, "'" + value.value() + "' (from " + value.source()
                    + ") is not a whole number of " + unit + ".");
        }
    }

    static String loginName(Env env) {
        Optional<String> user = env.get("USER");
        if (user.isEmpty()) {
            user = env.get("USERNAME");
        }
        return user.isPresent() ? user.get() : System.getProperty("user.name", "awsmfa");
    }
}
