package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.files.AwsFiles;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.settings.RefreshOption;
import dev.awsmfa.settings.RefreshOptions;
import dev.awsmfa.settings.RefreshSettings;
import dev.awsmfa.settings.RoleChain;
import dev.awsmfa.settings.SectionNames;
import dev.awsmfa.settings.SettingsResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refreshes several profiles in one run (aws-mfa#28's morning routine): profiles that share one IAM user, device
 * and request get one STS call, each device one prompt naming the profiles it serves, and a device needed again
 * within its 30-second step is waited for. Each profile goes through {@link #refreshOne}, the one per-profile
 * step; one profile's failure does not stop the others.
 */
public final class RefreshRun {
    private final RefreshService refresh;
    private final RoleSessionService roles;
    private final AwsFiles files;
    private final Env env;
    private final NextCodeWait wait;

    public RefreshRun(RefreshService refresh, RoleSessionService roles, AwsFiles files, Env env, NextCodeWait wait) {
        this.refresh = refresh;
        this.roles = roles;
        this.files = files;
        this.env = env;
        this.wait = wait;
    }

    /** Every profile awsmfa can refresh ({@link RefreshableProfiles}), for {@code --all}. */
    public List<String> all(RefreshOptions options) {
        String suffix = options.get(RefreshOption.LONG_TERM_SUFFIX).orElse(SectionNames.DEFAULT_LONG_TERM_SUFFIX);
        List<String> profiles = RefreshableProfiles.in(files.credentials(), files.config(), suffix);
        if (profiles.isEmpty()) {
            throw new AwsMfaException(ExitCode.PROFILE_NOT_FOUND, "--all found no profile to refresh: no section ["
                    + SectionNames.of("PROFILE", suffix) + "] in " + files.paths().credentialsFile() + ". Run awsmfa "
                    + "--setup --profile NAME to add one.");
        }
        return profiles;
    }

    /** Each profile's outcome, in the order given (a profile named twice is refreshed once). */
    public List<ProfileOutcome> refresh(List<String> profiles, RefreshOptions options) {
        List<String> distinct = new ArrayList<>();
        for (String profile : profiles) {
            if (!distinct.contains(profile)) {
                distinct.add(profile);
            }
        }
        SharedRun run = SharedRun.of(plan(distinct, options), wait);
        List<ProfileOutcome> outcomes = new ArrayList<>();
        for (String profile : distinct) {
            outcomes.add(refreshOne(new OneProfile(options, profile), run));
        }
        return outcomes;
    }

    /**
     * The profiles due for renewal that each session would serve, from the files as they are now (each step
     * decides again under the lock).
     */
    private Map<SessionKey, List<String>> plan(List<String> profiles, RefreshOptions options) {
        ProfileDocument credentials = files.credentials();
        SettingsResolver resolver = new SettingsResolver(env, credentials, files.config());
        Map<SessionKey, List<String>> planned = new LinkedHashMap<>();
        for (String profile : profiles) {
            RefreshSettings settings;
            try {
                settings = resolver.resolve(new OneProfile(options, profile));
            } catch (AwsMfaException e) {
                // Its own step says what is wrong with it.
                continue;
            }
            if (refresh.renewalNeeded(credentials, settings, options.isSet(RefreshOption.FORCE))) {
                planned.computeIfAbsent(SessionKey.of(settings), k -> new ArrayList<>()).add(profile);
            }
        }
        return planned;
    }

    /** The per-profile step: one profile refreshed within the run, its outcome whatever happens. */
    ProfileOutcome refreshOne(OneProfile options, SharedRun run) {
        String profile = options.profile();
        try {
            Optional<RoleChain> chain = roles.chain(options);
            if (chain.isPresent()) {
                // The source's session comes from its own refresh: a second role of the same source reuses it.
                RoleSessionService.RoleSession role = roles.session(options, chain.get(), true);
                return new ProfileOutcome(profile, role.renewed() ? ProfileOutcome.Result.REFRESHED
                        : ProfileOutcome.Result.REUSED, Optional.of(role.credentials().expiration()), Optional.empty(),
                        "", ExitCode.OK);
            }
            RefreshResult result = refresh.refresh(options, true, run);
            ProfileOutcome.Result how = switch (result.outcome()) {
                case RENEWED -> ProfileOutcome.Result.REFRESHED;
                case REUSED -> ProfileOutcome.Result.REUSED;
                case KEPT -> ProfileOutcome.Result.KEPT;
            };
            return new ProfileOutcome(profile, how, Optional.of(result.credentials().expiration()),
                    run.sharedFrom(profile), "", ExitCode.OK);
        } catch (SkippedProfileException e) {
            return new ProfileOutcome(profile, ProfileOutcome.Result.SKIPPED, Optional.empty(), Optional.empty(),
                    e.getMessage(), e.exitCode());
        } catch (AwsMfaException e) {
            return new ProfileOutcome(profile, ProfileOutcome.Result.FAILED, Optional.empty(), Optional.empty(),
                    e.getMessage(), e.exitCode());
        }
    }

    /** The options of the run, for one of its profiles. */
    static final class OneProfile implements RefreshOptions {
        private final RefreshOptions options;
        private final String profile;

        OneProfile(RefreshOptions options, String profile) {
            this.options = options;
            this.profile = profile;
        }

        String profile() {
            return profile;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Optional<T> get(RefreshOption<T> option) {
            return option == RefreshOption.PROFILE ? Optional.of((T) profile) : options.get(option);
        }
    }
}
