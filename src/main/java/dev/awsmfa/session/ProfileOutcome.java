package dev.awsmfa.session;

import dev.awsmfa.ExitCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How one profile of a run ended, for its summary line: the session it now has (until when), or why not.
 *
 * @param sharedFrom the profile whose session it was given (same user, device and request), when it made no call
 * @param reason one line: why it was kept, skipped or failed; empty otherwise
 */
public record ProfileOutcome(String profile, Result result, Optional<Instant> validUntil, Optional<String> sharedFrom,
        String reason, ExitCode exitCode) {
    /** {@link #worst}'s rule, as help, man page and README state it. */
    public static final String EXIT_RULE = "With several profiles (repeated --profile, --all), the exit status is the "
            + "worst outcome's: the first failed profile's code, in the order given; else "
            + ExitCode.NO_MFA_CODE.code() + " when a profile was skipped (Ctrl-C at the countdown); else 0, a kept session included.";

    /** From best to worst: the order {@link #worst} ranks them in. */
    public enum Result {
        /** A new session from STS (or from another profile's call), written. */
        REFRESHED,
        /** The stored session is valid beyond the refresh window. */
        REUSED,
        /** Due for renewal, no code to be had, still valid: kept. */
        KEPT,
        /** The user skipped it (Ctrl-C while waiting for the device's next code). */
        SKIPPED,
        /** An error; {@code exitCode} is the one a run of this profile alone ends with. */
        FAILED
    }

    /**
     * The exit code of a run: the worst outcome's. A failure is worst, and of several the first profile's (in
     * the order given) decides; else a skipped profile, {@code NO_MFA_CODE} (it got no code); else success, a
     * kept session included, as it is for one profile.
     */
    public static ExitCode worst(List<ProfileOutcome> outcomes) {
        ProfileOutcome worst = null;
        for (ProfileOutcome outcome : outcomes) {
            if (worst == null || outcome.result().compareTo(worst.result()) > 0) {
                worst = outcome;
            }
        }
        return worst == null ? ExitCode.OK : worst.exitCode();
    }
}
