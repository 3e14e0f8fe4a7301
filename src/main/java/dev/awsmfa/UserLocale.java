package dev.awsmfa;

import java.util.Map;

/**
 * The locale the user had before the POSIX launcher gave the JVM a UTF-8 one, put back for the commands
 * awsmfa starts ({@code exec}, {@code --token-command}), so that they run as they would without awsmfa.
 * In the C or POSIX locale the launcher sets {@code LC_CTYPE} (or {@code LC_ALL}, when that is what is set)
 * to {@code C.UTF-8}, so that the JVM reads arguments and the environment as UTF-8, and records the user's
 * value as {@code AWSMFA_USER_LOCALE=NAME=VALUE} (an empty value: the variable was unset).
 */
public final class UserLocale {
    public static final String VARIABLE = "AWSMFA_USER_LOCALE";
    /** What the launcher sets; a variable that no longer holds it was changed since, and is left alone. */
    static final String LAUNCHER_VALUE = "C.UTF-8";

    private UserLocale() {
    }

    /** Restores the user's locale variable in a child's environment, and removes the launcher's record of it. */
    public static void restore(Map<String, String> environment) {
        String saved = environment.remove(VARIABLE);
        if (saved == null) {
            return;
        }
        int equals = saved.indexOf('=');
        String name = equals < 0 ? "" : saved.substring(0, equals);
        if (!name.equals("LC_ALL") && !name.equals("LC_CTYPE") || !LAUNCHER_VALUE.equals(environment.get(name))) {
            return;
        }
        String value = saved.substring(equals + 1);
        if (value.isEmpty()) {
            environment.remove(name);
        } else {
            environment.put(name, value);
        }
    }
}
