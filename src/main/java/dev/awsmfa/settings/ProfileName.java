package dev.awsmfa.settings;

import dev.awsmfa.Env;
import java.util.Optional;

/**
 * Which profile the user means: {@code --profile}, then {@code AWS_PROFILE}, then
 * {@code AWS_DEFAULT_PROFILE}, then {@code default} (the AWS CLI's order; a flag beats the
 * environment).
 */
public final class ProfileName {
    private ProfileName() {
    }

    public static Sourced resolve(Optional<String> flag, Env env) {
        Optional<String> given = flag.isPresent() && flag.get().isBlank() ? Optional.empty() : flag;
        return Sourced.first(
                        Sourced.of(given, "--profile"),
                        Sourced.of(env.get("AWS_PROFILE"), "AWS_PROFILE"),
                        Sourced.of(env.get("AWS_DEFAULT_PROFILE"), "AWS_DEFAULT_PROFILE"))
                .orElse(new Sourced("default", "the default profile"));
    }
}
