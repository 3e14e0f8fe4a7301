package dev.awsmfa.files;

import dev.awsmfa.Env;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the two AWS files are: {@code AWS_SHARED_CREDENTIALS_FILE} and {@code AWS_CONFIG_FILE} ({@code $NAME},
 * {@code ${NAME}} and a leading {@code ~} expanded, as botocore does), else {@code ~/.aws/credentials} and
 * {@code ~/.aws/config}. Home is {@code HOME}, {@code USERPROFILE}, {@code HOMEDRIVE}+{@code HOMEPATH}, then
 * {@code user.home}: botocore uses {@code HOME} and the JVM ignores it; reading it keeps both on the same files.
 */
public record AwsPaths(Path credentialsFile, Path configFile) {
    public static AwsPaths resolve(Env env) {
        return new AwsPaths(file(env, "AWS_SHARED_CREDENTIALS_FILE", "credentials"),
                file(env, "AWS_CONFIG_FILE", "config"));
    }

    public static Path home(Env env) {
        return Path.of(homeText(env));
    }

    private static String homeText(Env env) {
        for (String variable : new String[] {"HOME", "USERPROFILE"}) {
            Optional<String> home = env.get(variable);
            if (home.isPresent()) {
                return home.get();
            }
        }
        Optional<String> drive = env.get("HOMEDRIVE");
        Optional<String> path = env.get("HOMEPATH");
        if (drive.isPresent() && path.isPresent()) {
            return drive.get() + path.get();
        }
        return System.getProperty("user.home");
    }

    private static Path file(Env env, String variable, String name) {
        Optional<String> configured = env.get(variable);
        if (configured.isEmpty()) {
            return home(env).resolve(".aws").resolve(name);
        }
        String path = expandVariables(configured.get(), env);
        if (path.equals("~")) {
            return home(env);
        }
        if (path.startsWith("~/") || path.startsWith("~\\")) {
            return Path.of(homeText(env), path.substring(2));
        }
        return Path.of(path);
    }

    /** Python's {@code os.path.expandvars}: {@code $NAME} and {@code ${NAME}}; unknown names stay as written. */
    static String expandVariables(String path, Env env) {
        if (path.indexOf('$') < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            int end = c == '$' ? variableEnd(path, i) : -1;
            if (end < 0) {
                out.append(c);
                i++;
                continue;
            }
            String reference = path.substring(i, end);
            String value = env.raw(reference.startsWith("${") ? reference.substring(2, reference.length() - 1)
                    : reference.substring(1));
            out.append(value != null ? value : reference);
            i = end;
        }
        return out.toString();
    }

    private static int variableEnd(String path, int dollar) {
        int i = dollar + 1;
        if (i < path.length() && path.charAt(i) == '{') {
            int close = path.indexOf('}', i);
            return close < 0 ? -1 : close + 1;
        }
        while (i < path.length() && (Character.isLetterOrDigit(path.charAt(i)) || path.charAt(i) == '_')) {
            i++;
        }
        return i > dollar + 1 ? i : -1;
    }
}
