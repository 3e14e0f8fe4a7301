package dev.awsmfa.console;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.files.AwsFiles;
import dev.awsmfa.keys.LongTermKeyReader;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileSection;
import dev.awsmfa.session.Reporter;
import dev.awsmfa.session.SessionProvider;
import dev.awsmfa.session.SourceOptions;
import dev.awsmfa.session.StsGateway;
import dev.awsmfa.session.StsGatewayFactory;
import dev.awsmfa.session.StsTarget;
import dev.awsmfa.session.TemporaryCredentials;
import dev.awsmfa.settings.LongTermCredentials;
import dev.awsmfa.settings.RefreshOption;
import dev.awsmfa.settings.RefreshSettings;
import dev.awsmfa.settings.RoleChain;
import dev.awsmfa.settings.SettingsResolver;
import dev.awsmfa.validation.StsLimits;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The console's login URL for a profile. The federation endpoint takes role or federation credentials only, so:
 * a role profile's session as it is (aws-mfa's role, or a role profile of the config file that awsmfa serves); else a console role assumed from the MFA session (which keeps the MFA
 * context); else, with a warning, GetFederationToken signed with the long-term keys and a policy that allows
 * everything (the federated user gets the intersection with the IAM user's policies).
 */
public final class ConsoleSignin {
    /** The config key naming the role to open the console with from a profile without a role. */
    public static final String CONSOLE_ROLE_KEY = "console_role_arn";
    /** Passed to GetFederationToken: without a policy the federated user may do nothing. */
    static final String ALLOW_ALL = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"*\",\"Resource\":\"*\"}]}";
    /** Role chaining (a role assumed with session credentials) is limited to an hour by AWS. */
    static final int CHAINED_ROLE_SECONDS = 3600;
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String NOTHING_SENT = "Nothing was sent to the sign-in endpoint";

    private final AwsFiles files;
    private final Env env;
    private final SessionProvider sessions;
    private final LongTermKeyReader keys;
    private final StsGatewayFactory sts;
    private final SigninTokenClient signin;
    private final Clock clock;
    private final Reporter reporter;

    public ConsoleSignin(AwsFiles files, Env env, SessionProvider sessions, LongTermKeyReader keys,
            StsGatewayFactory sts, SigninTokenClient signin, Clock clock, Reporter reporter) {
        this.files = files;
        this.env = env;
        this.sessions = sessions;
        this.keys = keys;
        this.sts = sts;
        this.signin = signin;
        this.clock = clock;
        this.reporter = reporter;
    }

    /** The login URL: a bearer secret, for the caller to print or open, never to log. */
    public String loginUrl(ConsoleRequest request) {
        if (request.service().isPresent() && request.destination().isPresent()) {
            throw new AwsMfaException(ExitCode.USAGE, "--service and --destination both pick the landing page: "
                    + "give one of them.");
        }
        ProfileDocument config = files.config();
        Optional<RoleChain> chain = sessions.roleChain(request.options());
        if (chain.isPresent()) {
            return roleProfileUrl(request, chain.get(), config);
        }
        RefreshSettings settings = new SettingsResolver(env, files.credentials(), config).resolve(request.options());
        Partition partition = Partition.of(settings.region());
        String destination = destination(request, partition, settings.region());
        URI federation = SigninEndpoint.resolve(request.signinEndpoint(), env, partition);

        TemporaryCredentials credentials;
        Optional<Integer> sessionDuration = Optional.empty();
        if (settings.roleArn().isPresent()) {
            if (request.role().isPresent()) {
                throw new AwsMfaException(ExitCode.USAGE, "--role names a console role for a profile without one, "
                        + "but profile " + settings.profile() + " assumes " + settings.roleArn().get()
                        + ": drop --role, or use a profile without a role.");
            }
            credentials = sessions.session(request.options(), true).credentials();
            sessionDuration = roleConsoleDuration(request);
        } else {
            Optional<String> consoleRole = consoleRole(request, config, settings);
            if (consoleRole.isPresent()) {
                credentials = assumeConsoleRole(request, settings, consoleRole.get());
                sessionDuration = roleConsoleDuration(request);
            } else {
                credentials = federationToken(request, settings);
            }
        }
        return signIn(federation, destination, credentials, sessionDuration);
    }

    /**
     * A role profile of ~/.aws/config awsmfa serves (role_arn, source_profile with long-term keys): its role session,
     * assumed with the source's MFA session; the region from the flag, the environment, the role profile, else the
     * source's settings.
     */
    private String roleProfileUrl(ConsoleRequest request, RoleChain chain, ProfileDocument config) {
        String profile = chain.target().profile();
        if (request.role().isPresent()) {
            throw new AwsMfaException(ExitCode.USAGE, "--role names a console role for a profile without one, but "
                    + "profile " + profile + " assumes " + chain.target().roleArn() + ": drop --role, or use a "
                    + "profile without a role.");
        }
        Optional<String> given = request.options().get(RefreshOption.REGION);
        for (String variable : new String[] {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
            given = given.isPresent() ? given : env.get(variable);
        }
        given = given.isPresent() ? given : chain.target().configRegion();
        String region = given.isPresent() ? given.get() : new SettingsResolver(env, files.credentials(), config)
                .resolve(new SourceOptions(request.options(), chain.base())).region();
        StsLimits.checkRegion(region, "the region of profile " + profile);
        Partition partition = Partition.of(region);
        String destination = destination(request, partition, region);
        URI federation = SigninEndpoint.resolve(request.signinEndpoint(), env, partition);
        TemporaryCredentials credentials = sessions.session(request.options(), true).credentials();
        return signIn(federation, destination, credentials, roleConsoleDuration(request));
    }

    private String signIn(URI federation, String destination, TemporaryCredentials credentials,
            Optional<Integer> sessionDuration) {
        reporter.debug("Asking the sign-in endpoint at " + SigninTokenClient.describe(federation)
                + " for a sign-in token" + (sessionDuration.isPresent() ? " (console session "
                        + sessionDuration.get() + " s)." : "."));
        String token = signin.signinToken(ConsoleUrls.signinTokenRequest(federation,
                ConsoleUrls.sessionJson(credentials), sessionDuration));
        return ConsoleUrls.login(federation, destination, token);
    }

    private static String destination(ConsoleRequest request, Partition partition, String region) {
        if (request.destination().isPresent()) {
            return ConsoleTarget.checkDestination(request.destination().get());
        }
        Optional<String> service = request.service();
        if (service.isPresent()) {
            ConsoleTarget.checkService(service.get());
        }
        return ConsoleUrls.destination(partition, region, service);
    }

    private Optional<Integer> roleConsoleDuration(ConsoleRequest request) {
        if (request.duration().isEmpty()) {
            return Optional.empty();
        }
        ConsoleDuration duration = ConsoleDuration.clamp(request.duration().get(), ConsoleDuration.MAX_ROLE_CONSOLE,
                "a console session with role credentials");
        note(duration);
        return Optional.of(duration.seconds());
    }

    private Optional<String> consoleRole(ConsoleRequest request, ProfileDocument config, RefreshSettings settings) {
        if (request.role().isPresent()) {
            StsLimits.checkRoleArn(request.role().get(), "--role");
            return request.role();
        }
        for (String profile : new String[] {settings.profile(), settings.longTermSection()}) {
            Optional<ProfileSection> section = config.profile(profile);
            Optional<String> role = section.isPresent() ? section.get().get(CONSOLE_ROLE_KEY) : Optional.empty();
            if (role.isPresent() && !role.get().isBlank()) {
                StsLimits.checkRoleArn(role.get().trim(), CONSOLE_ROLE_KEY + " of profile " + profile + " in "
                        + config.fileName());
                return Optional.of(role.get().trim());
            }
        }
        return Optional.empty();
    }

    private TemporaryCredentials assumeConsoleRole(ConsoleRequest request, RefreshSettings settings, String role) {
        TemporaryCredentials mfaSession = sessions.session(request.options(), true).credentials();
        reporter.debug("Calling STS AssumeRole of " + role + " " + settings.stsLocation() + " with the MFA session ("
                + CHAINED_ROLE_SECONDS + " s).");
        Instant asked = clock.instant();
        try (StsGateway gateway = sts.open(new StsTarget(new LongTermCredentials(mfaSession.accessKeyId(),
                mfaSession.secretAccessKey()), settings.region(), settings.endpointOverride(), TIMEOUT,
                Optional.of(mfaSession.sessionToken())))) {
            return gateway.assumeRoleFromSession(role, settings.roleSessionName(), null, CHAINED_ROLE_SECONDS)
                    .plausible(asked, CHAINED_ROLE_SECONDS, settings, "use", NOTHING_SENT);
        }
    }

    private TemporaryCredentials federationToken(ConsoleRequest request, RefreshSettings settings) {
        ConsoleDuration duration = ConsoleDuration.clamp(request.duration().orElse(ConsoleDuration.DEFAULT_FEDERATION),
                ConsoleDuration.MAX_FEDERATION, "GetFederationToken");
        note(duration);
        reporter.warn("Profile " + settings.profile() + " has no role: this console session comes from "
                + "GetFederationToken with the long-term keys and carries no MFA context. To keep it, set "
                + CONSOLE_ROLE_KEY + " in its config section (or pass --role ARN).");
        reporter.debug("Long-term keys: " + settings.longTermKeys().describe() + ".");
        LongTermCredentials longTerm = keys.read(settings.longTermKeys());
        reporter.debug("Calling STS GetFederationToken " + settings.stsLocation() + " (" + duration.seconds() + " s).");
        Instant asked = clock.instant();
        try (StsGateway gateway = sts.open(new StsTarget(longTerm, settings.region(),
                settings.endpointOverride(), TIMEOUT))) {
            return gateway.getFederationToken(federatedUserName(settings.roleSessionName()), ALLOW_ALL,
                    duration.seconds()).plausible(asked, duration.seconds(), settings, "use", NOTHING_SENT);
        }
    }

    /** GetFederationToken's Name: 2-32 characters of the role session name's alphabet. */
    static String federatedUserName(String sessionName) {
        String name = StsLimits.sanitizeSessionName(sessionName);
        return name.length() > 32 ? name.substring(0, 32) : name;
    }

    private void note(ConsoleDuration duration) {
        if (duration.note() != null) {
            reporter.warn(duration.note());
        }
    }
}
