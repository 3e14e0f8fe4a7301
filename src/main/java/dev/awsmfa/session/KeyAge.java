package dev.awsmfa.session;

import dev.awsmfa.Env;
import dev.awsmfa.profile.AwsKeys;
import dev.awsmfa.profile.ProfileSection;
import dev.awsmfa.time.TimeText;
import java.time.Instant;
import java.util.Optional;

/**
 * How old the long-term access key is, as far as the files say: {@code awsmfa rotate} records the date it made the
 * key ({@code aws_access_key_created}), so {@code list} and {@code status} know it without asking IAM.
 */
public final class KeyAge {
    public static final String MAX_AGE_VARIABLE = "AWSMFA_KEY_MAX_AGE_DAYS";
    /** Security baselines (CIS) ask for a rotation every 90 days. */
    static final int DEFAULT_MAX_DAYS = 90;
    private static final long SECONDS_PER_DAY = 86_400;

    private KeyAge() {
    }

    /** When the key of {@code section} was made, when recorded. */
    public static Optional<Instant> created(ProfileSection section) {
        String text = section.value(AwsKeys.ACCESS_KEY_CREATED);
        return text == null ? Optional.empty() : TimeText.parse(text);
    }

    /** Whole days from {@code created} to {@code now}. */
    public static long days(Instant created, Instant now) {
        return Math.max(0, (now.getEpochSecond() - created.getEpochSecond()) / SECONDS_PER_DAY);
    }

    /** The age past which {@code status} warns: {@value #MAX_AGE_VARIABLE}, else 90 days. */
    static int maxDays(Env env) {
        Optional<String> text = env.get(MAX_AGE_VARIABLE);
        if (text.isEmpty()) {
            return DEFAULT_MAX_DAYS;
        }
        try {
            int days = Integer.parseInt(text.get());
            return days > 0 ? days : DEFAULT_MAX_DAYS;
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_DAYS;
        }
    }

    /** One line when the key of the status's profile is older than the configured age. */
    public static Optional<String> warning(SessionStatus status, Env env) {
        if (status.keyCreated().isEmpty()) {
            return Optional.empty();
        }
        long days = days(status.keyCreated().get(), status.now());
        int max = maxDays(env);
        if (days <= max) {
            return Optional.empty();
        }
        return Optional.of("The access key in [" + status.longTermSection() + "] is " + days + " days old (more than "
                + max + ", " + MAX_AGE_VARIABLE + "): run awsmfa rotate --profile " + status.profile() + ".");
    }
}
