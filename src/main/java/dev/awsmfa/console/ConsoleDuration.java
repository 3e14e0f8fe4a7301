package dev.awsmfa.console;

import dev.awsmfa.validation.StsLimits;

/**
 * How long the console session may last, within AWS's limits: a role session's console 900-43200 s
 * ({@code SessionDuration}), a federation token 900-129600 s (3600 for the root user, which AWS enforces). A value
 * outside is clamped with a note rather than sent for an opaque refusal.
 */
public record ConsoleDuration(int seconds, String note) {
    public static final int MAX_ROLE_CONSOLE = StsLimits.MAX_ASSUME_ROLE_DURATION;
    public static final int MAX_FEDERATION = StsLimits.MAX_SESSION_TOKEN_DURATION;
    /** AWS's default for GetFederationToken, and the longest console session a role allows. */
    public static final int DEFAULT_FEDERATION = 43_200;

    /** {@code note} is null when the value was within the limits. */
    public static ConsoleDuration clamp(int requested, int max, String what) {
        if (requested < StsLimits.MIN_DURATION) {
            return new ConsoleDuration(StsLimits.MIN_DURATION, "--duration " + requested + " is below the "
                    + StsLimits.MIN_DURATION + " s minimum of " + what + "; using " + StsLimits.MIN_DURATION + " s.");
        }
        if (requested > max) {
            return new ConsoleDuration(max, "--duration " + requested + " is above the " + max + " s maximum of "
                    + what + "; using " + max + " s.");
        }
        return new ConsoleDuration(requested, null);
    }
}
