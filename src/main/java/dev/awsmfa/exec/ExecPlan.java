package dev.awsmfa.exec;

import dev.awsmfa.Env;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code awsmfa exec} runs and how it changes the inherited environment: the command given, else the user's
 * shell, as aws-vault opens one; the session's variables and {@link #MARKER} set, the profile variables removed.
 */
public record ExecPlan(List<String> command, boolean shell, Map<String, String> set, Set<String> remove) {
    /** Set in every command awsmfa exec runs, to the profile, so that a prompt can show whose session it has. */
    public static final String MARKER = "AWSMFA_PROFILE";
    /** Left set, these would make the AWS CLI look up a profile instead of the session's variables. */
    static final Set<String> HIDDEN = Set.of("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SECURITY_TOKEN");

    /**
     * @param requested the command and its arguments as given, empty for the user's shell
     * @param session the session's variables ({@code SessionVariables})
     */
    public static ExecPlan of(List<String> requested, String profile, Map<String, String> session, Env env,
            boolean windows) {
        Map<String, String> set = new LinkedHashMap<>(session);
        set.put(MARKER, profile);
        set = Collections.unmodifiableMap(set);
        if (requested.isEmpty()) {
            return new ExecPlan(List.of(userShell(env, windows)), true, set, HIDDEN);
        }
        return new ExecPlan(List.copyOf(requested), false, set, HIDDEN);
    }

    /** {@code $SHELL}, else {@code /bin/sh}; {@code %COMSPEC%}, else {@code cmd.exe}, on Windows. */
    static String userShell(Env env, boolean windows) {
        return windows ? env.get("COMSPEC").orElse("cmd.exe") : env.get("SHELL").orElse("/bin/sh");
    }
}
