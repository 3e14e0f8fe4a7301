package dev.awsmfa.cli;

import dev.awsmfa.Env;

/**
 * Says when the JVM could not read the command line or a profile variable: it decodes them in the locale's
 * charset, and a byte that charset lacks becomes U+FFFD (in the C locale every non-ASCII byte does). The POSIX
 * launcher gives the JVM a UTF-8 locale where the user's is C or POSIX; this covers what it cannot see, such
 * as a UTF-8 locale that is not installed.
 */
final class UndecodedInput {
    private static final char REPLACEMENT = '\ufffd';
    private static final String[] PROFILE_VARIABLES = {"AWS_PROFILE", "AWS_DEFAULT_PROFILE"};

    private UndecodedInput() {
    }

    /** The warning to print, or null when every argument and profile variable was read. */
    static String warning(String[] args, Env env) {
        String where = null;
        for (String arg : args) {
            if (arg.indexOf(REPLACEMENT) >= 0) {
                where = "the command line";
            }
        }
        for (String variable : PROFILE_VARIABLES) {
            String value = env.raw(variable);
            if (where == null && value != null && value.indexOf(REPLACEMENT) >= 0) {
                where = variable;
            }
        }
        if (where == null) {
            return null;
        }
        return "awsmfa: warning: " + where + " has characters Java could not read in this locale's charset ("
                + System.getProperty("sun.jnu.encoding") + "): set LANG to an installed UTF-8 locale such as "
                + "C.UTF-8 (locale -a lists them).";
    }
}
