package dev.awsmfa.cache;

import dev.awsmfa.Env;
import dev.awsmfa.files.AwsPaths;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

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

    // No lambdas: list resolves this on its everyday path, where the first lambda of a run costs ~10 ms.
    static Path resolve(Env env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Optional<String> local = env.get("LOCALAPPDATA");
            Path base = local.isPresent() ? Path.of(local.get()) : AwsPaths.home(env).resolve("AppData").resolve("Local");
            return base.resolve("awsmfa");
        }
        if (os.startsWith("mac")) {
            return AwsPaths.home(env).resolve("Library").resolve("Caches").resolve("awsmfa");
        }
        Optional<String> xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg.isPresent() ? Path.of(xdg.get()) : null;
        if (base == null || !base.isAbsolute()) {
            base = AwsPaths.home(env).resolve(".cache");
        }
        return base.resolve("awsmfa");
    }
}
