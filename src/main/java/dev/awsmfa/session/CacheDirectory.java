package dev.awsmfa.session;

import dev.awsmfa.Env;
import dev.awsmfa.profile.AwsPaths;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The user's cache directory for awsmfa, by each platform's convention (the launcher keeps its
 * start-up archive in the same place): {@code $XDG_CACHE_HOME/awsmfa} or {@code ~/.cache/awsmfa}
 * on Linux, {@code ~/Library/Caches/awsmfa} on macOS, {@code %LOCALAPPDATA%\awsmfa} on Windows.
 */
public final class CacheDirectory {
    private CacheDirectory() {
    }

    public static Path resolve(Env env) {
        return resolve(env, System.getProperty("os.name", ""));
    }

    static Path resolve(Env env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return env.get("LOCALAPPDATA").map(Path::of)
                    .orElseGet(() -> AwsPaths.home(env).resolve("AppData").resolve("Local")).resolve("awsmfa");
        }
        if (os.startsWith("mac")) {
            return AwsPaths.home(env).resolve("Library").resolve("Caches").resolve("awsmfa");
        }
        return env.get("XDG_CACHE_HOME").map(Path::of).filter(Path::isAbsolute)
                .orElseGet(() -> AwsPaths.home(env).resolve(".cache")).resolve("awsmfa");
    }
}
