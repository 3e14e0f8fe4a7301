package dev.awsmfa.settings;

import dev.awsmfa.Env;
import dev.awsmfa.validation.StsLimits;
import java.util.Optional;

/**
 * The AssumeRole call for one role profile: the flags (for the profile asked for), else its config section, else
 * the defaults (your login name, 3600 s); {@code note} says when a longer session was asked for than role chaining
 * allows, which AWS caps at an hour.
 */
public record RoleRequest(String roleArn, String sessionName, Optional<String> externalId, int durationSeconds,
        Optional<String> note) {
    public static final int CHAINED_MAX_SECONDS = 3600;

    /**
     * @param options the command line's options for the profile asked for, {@link RefreshOptions#NONE} for a
     *     role profile further down its chain
     * @param chained whether the source's credentials are themselves a role's
     */
    public static RoleRequest of(RoleProfile profile, RefreshOptions options, Env env, boolean chained) {
        StsLimits.checkRoleArn(profile.roleArn(), profile.roleArnSource());
        Optional<Sourced> name = Sourced.first(
                Sourced.of(options.get(RefreshOption.ROLE_SESSION_NAME), "--role-session-name"),
                profile.sessionName());
        String sessionName;
        if (name.isPresent()) {
            StsLimits.checkSessionName(name.get().value(), name.get().source());
            sessionName = name.get().value();
        } else {
            sessionName = StsLimits.sanitizeSessionName(SettingsResolver.loginName(env));
        }
        Optional<Sourced> externalId = Sourced.first(
                Sourced.of(options.get(RefreshOption.EXTERNAL_ID), "--external-id"), profile.externalId());
        if (externalId.isPresent()) {
            StsLimits.checkExternalId(externalId.get().value(), externalId.get().source());
        }
        Optional<Integer> flag = options.get(RefreshOption.DURATION);
        Optional<Sourced> duration = Sourced.first(
                flag.isPresent() ? Optional.of(new Sourced(String.valueOf(flag.get()), "--duration")) : Optional.empty(),
                profile.durationSeconds());
        int seconds = StsLimits.DEFAULT_ASSUME_ROLE_DURATION;
        Optional<String> note = Optional.empty();
        if (duration.isPresent()) {
            seconds = SettingsResolver.parseInt(duration.get(), "seconds");
            StsLimits.checkDuration(seconds, true, duration.get().source());
            if (chained && seconds > CHAINED_MAX_SECONDS) {
                note = Optional.of("Profile " + profile.profile() + " assumes its role with another role's session "
                        + "(role chaining), which AWS limits to " + CHAINED_MAX_SECONDS + " s: asking for "
                        + CHAINED_MAX_SECONDS + " s, not " + seconds + " s (from " + duration.get().source() + ").");
                seconds = CHAINED_MAX_SECONDS;
            }
        }
        return new RoleRequest(profile.roleArn(), sessionName, Sourced.valueOf(externalId), seconds, note);
    }
}
