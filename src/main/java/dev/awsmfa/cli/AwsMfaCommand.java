package dev.awsmfa.cli;

import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import dev.awsmfa.keys.KeyStores;
import dev.awsmfa.session.ProfileOutcome;
import dev.awsmfa.session.RefreshResult;
import dev.awsmfa.session.RefreshRun;
import dev.awsmfa.session.Reporter;
import dev.awsmfa.session.RoleSessionService.RoleSession;
import dev.awsmfa.settings.RefreshOptions;
import dev.awsmfa.settings.RoleChain;
import dev.awsmfa.time.TimeText;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code awsmfa}: refreshes the MFA session of a profile (aws-mfa's whole job); {@link Cli} adds subcommands. */
final class AwsMfaCommand extends Command {
    private static final String DESCRIPTION =
        "Reads the IAM user's long-term keys from [PROFILE-long-term] in ~/.aws/credentials, asks for the MFA "
                + "code, calls STS GetSessionToken (or AssumeRole with --assume-role) and writes the temporary "
                + "keys to [PROFILE], where every AWS CLI and SDK finds them. A session that is still valid is "
                + "reused without asking. A role profile of ~/.aws/config (role_arn, and source_profile naming a "
                + "profile with [SOURCE-long-term]) gets a role session instead: AssumeRole signed with the source's "
                + "MFA session (one code for many roles), kept in awsmfa's cache directory. Drop-in compatible with "
                + "aws-mfa; stdout stays empty, messages go to stderr.";
    private static final HelpSection ENVIRONMENT = HelpSection.definitions("Environment",
            new HelpEntry("AWS_PROFILE, AWS_DEFAULT_PROFILE", "The profile when --profile is not given."),
            new HelpEntry("AWS_SHARED_CREDENTIALS_FILE", "The credentials file, instead of ~/.aws/credentials."),
            new HelpEntry("AWS_CONFIG_FILE", "The config file, instead of ~/.aws/config."),
            new HelpEntry("MFA_DEVICE, MFA_STS_DURATION, MFA_ASSUME_ROLE",
                    "As with aws-mfa: --device, --duration, --assume-role."),
            new HelpEntry("AWS_REGION, AWS_DEFAULT_REGION", "--region."),
            new HelpEntry("AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL", "--endpoint-url."),
            new HelpEntry("AWS_ENDPOINT_URL_IAM", "Where IAM is asked for the user's MFA devices (--setup, a device "
                    + "given by name); else AWS_ENDPOINT_URL, else endpoint_url in ~/.aws/config, else IAM's own."),
            new HelpEntry("AWSMFA_REFRESH_WINDOW", "--refresh-window, in minutes."),
            new HelpEntry("AWSMFA_PROMPT", "--prompt: where to ask for the code (auto, terminal, zenity...)."),
            new HelpEntry("DISPLAY, WAYLAND_DISPLAY", "With no terminal, --prompt auto opens a dialog (zenity, else "
                    + "kdialog) only when one is set (Linux, BSD)."),
            new HelpEntry(KeyStores.FILE_PASSPHRASE_VARIABLE, "The passphrase of the encrypted-file key store "
                    + "(awsmfa keys), instead of asking on the terminal."),
            new HelpEntry("AWSMFA_LOCK_TIMEOUT", "Seconds to wait for another awsmfa writing the credentials file. "
                    + "Default: 120."),
            new HelpEntry("JAVA_HOME, AWSMFA_JAVA_OPTS", "The Java the launcher runs, and extra JVM flags."),
            new HelpEntry("XDG_CACHE_HOME", "Where the launcher keeps its class-data archives: "
                    + "$XDG_CACHE_HOME/awsmfa, else ~/.cache/awsmfa."),
            new HelpEntry("COLUMNS", "The width of --help. Default: the terminal's, else 80."));
    private static final HelpSection FILES = HelpSection.definitions("Files",
            new HelpEntry("~/.aws/credentials", "Long-term keys in [PROFILE-long-term], read; the session in "
                    + "[PROFILE], written. Every other byte stays as it was."),
            new HelpEntry("~/.aws/config", "mfa_serial, role_arn, duration_seconds, region, mfa_process, mfa_prompt... of "
                    + "[profile PROFILE] and [profile PROFILE-long-term]; read only. A credential_process in "
                    + "[profile PROFILE-long-term] prints the long-term keys when the credentials file has none; it "
                    + "runs only when a session is made."),
            new HelpEntry("~/.cache/awsmfa/role-sessions/", "Role sessions of role profiles, one 0600 file each, "
                    + "reused while valid; safe to delete ($XDG_CACHE_HOME/awsmfa when set)."),
            new HelpEntry("~/.aws/.credentials.awsmfa.lock", "Held while the credentials file is written, so that "
                    + "two runs never write at once; beside the real file when credentials is a link. Created only "
                    + "by commands that write."));
    private static final HelpSection EXAMPLES = HelpSection.examples(
            new HelpEntry("awsmfa --profile dev", "Refresh [dev] from [dev-long-term], asking for the code."),
            new HelpEntry("awsmfa --profile dev --profile prod", "Refresh both: one code per MFA device, one STS call "
                    + "for profiles of the same IAM user and device; a summary line each."),
            new HelpEntry("awsmfa --all", "Refresh every profile with a [PROFILE-long-term] section."),
            new HelpEntry("echo 123456 | awsmfa --token -", "The code from stdin (read unasked only with no terminal)."),
            new HelpEntry("awsmfa --profile ops --assume-role arn:aws:iam::123456789012:role/ops",
                    "A session for a role, with MFA."),
            new HelpEntry("awsmfa --profile admin", "A role profile with source_profile = dev: the role assumed with "
                    + "dev's MFA session."),
            new HelpEntry("awsmfa --token-command 'ykman oath accounts code -s AWS'",
                    "The code from a YubiKey, for the default profile."),
            new HelpEntry("awsmfa --log-level WARNING </dev/null",
                    "In ~/.bashrc: quiet while valid, else asks on the terminal."));

    static final OptionDef<Boolean> SETUP = OptionDef.flag("Create the long-term section of a profile interactively: "
            + "keys, MFA device and region, written without touching anything else.", "--setup");

    AwsMfaCommand(Services services) {
        super(services, "awsmfa", "Get temporary AWS credentials with MFA and keep them in ~/.aws/credentials.",
                DESCRIPTION, OptionDef.listOf(RefreshFlags.refreshing(RefreshFlags.PROFILES), RefreshFlags.ALL_PROFILES,
                        SETUP, LogLevel.OPTION));
    }

    @Override
    List<HelpSection> sections() {
        return List.of(ENVIRONMENT, FILES, HelpSection.exitStatus(ProfileOutcome.EXIT_RULE,
                List.of(ExitCode.values())), EXAMPLES);
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        Reporter reporter = reporter(arguments, err);
        UseCases useCases = useCases(reporter);
        List<String> profiles = arguments.all(RefreshFlags.PROFILES);
        boolean all = arguments.isSet(RefreshFlags.ALL_PROFILES);
        if (all && !profiles.isEmpty()) {
            throw new UsageException("--all takes every profile awsmfa can refresh: give either --all or --profile.");
        }
        if (arguments.isSet(SETUP) && (all || profiles.size() > 1)) {
            throw new UsageException("--setup creates one profile at a time: give --profile once.");
        }
        if (all || profiles.size() > 1) {
            return refreshSeveral(all, profiles, arguments, reporter, useCases, err);
        }
        if (arguments.isSet(SETUP)) {
            useCases.setup().run(RefreshFlags.read(arguments));
            return 0;
        }
        RefreshOptions options = RefreshFlags.read(arguments);
        Optional<RoleChain> chain = useCases.roles().chain(options);
        if (chain.isPresent()) {
            reportRoleSession(reporter, useCases.roles().session(options, chain.get(), true), chain.get());
            return 0;
        }
        RefreshResult result = useCases.refresh().refresh(options, true);
        if (result.outcome() == RefreshResult.Outcome.KEPT) {
            // The refresh warned already: one line, not two.
            return 0;
        }
        String until = until(result.credentials().expiration());
        Optional<String> roleArn = result.settings().roleArn();
        String role = roleArn.isPresent() ? " for role " + roleArn.get() : "";
        if (result.renewed()) {
            reporter.info("New session" + role + " written to [" + result.settings().shortTermSection() + "] in "
                    + useCases.files().paths().credentialsFile() + ", valid until " + until + ".");
        } else {
            reporter.info("Session [" + result.settings().shortTermSection() + "]" + role + " is still valid until "
                    + until + "; nothing to do (--force renews it now).");
        }
        return 0;
    }

    private String until(Instant expiration) {
        Duration left = Duration.between(services().clock().instant(), expiration);
        return TimeText.local(expiration, services().timeZone()) + " (" + TimeText.duration(left) + " from now)";
    }

    private void reportRoleSession(Reporter reporter, RoleSession session, RoleChain chain) {
        String what = "ole session of profile " + session.profile() + " (" + session.roleArn() + ")";
        String until = until(session.credentials().expiration());
        if (!session.renewed()) {
            reporter.info("R" + what + " is still valid until " + until + "; nothing to do (--force renews it now).");
            return;
        }
        String kept = session.cachedIn().isPresent() ? "kept in " + session.cachedIn().get()
                : "not kept (no usable cache directory: --log-level DEBUG says why)";
        reporter.info("New r" + what + ", assumed with the MFA session of " + chain.base() + ", " + kept
                + ", valid until " + until + ". Use it with 'awsmfa exec --profile " + session.profile()
                + "' or 'awsmfa export --profile " + session.profile() + "'.");
    }

    /** {@code --profile a --profile b} or {@code --all}: each profile, then a summary line each; the worst exit. */
    private int refreshSeveral(boolean all, List<String> named, Arguments arguments, Reporter reporter,
            UseCases useCases, PrintWriter err) {
        RefreshOptions options = RefreshFlags.read(arguments);
        RefreshRun run = useCases.run();
        List<ProfileOutcome> outcomes = run.refresh(all ? run.all(options) : named, options);
        new RunSummary(reporter, err, services().clock().instant(), services().timeZone()).print(outcomes);
        return ProfileOutcome.worst(outcomes).code();
    }
}
