package dev.awsmfa.exec;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import java.util.Optional;

/**
 * Refuses {@code awsmfa exec} inside a command that another profile's exec started (its {@link ExecPlan#MARKER}
 * tells), as aws-vault does: a shell that shows one profile while its tools use another is how the wrong
 * account gets changed. The same profile again is harmless (a fresher session of the same account).
 */
public final class NestingGuard {
    private NestingGuard() {
    }

    /** @param allowed the user asked for it ({@code --allow-nested}) */
    public static void check(Env env, String profile, boolean allowed) {
        Optional<String> outer = env.get(ExecPlan.MARKER);
        if (allowed || outer.isEmpty() || outer.get().equals(profile)) {
            return;
        }
        throw new AwsMfaException(ExitCode.USAGE, "Already inside awsmfa exec for profile " + outer.get() + " ("
                + ExecPlan.MARKER + "=" + outer.get() + "): exit it before starting profile " + profile
                + ", or add --allow-nested to run " + profile + "'s session inside it.");
    }
}
