package dev.awsmfa.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.awsmfa.Env;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheDirectoryTest {
    @Test
    void linux_uses_xdg_cache_home_then_dot_cache() {
        assertEquals(Path.of("/x/cache/awsmfa"), CacheDirectory.resolve(Env.of(Map.of("HOME", "/h", "XDG_CACHE_HOME", "/x/cache")), "Linux"));
        assertEquals(Path.of("/h/.cache/awsmfa"), CacheDirectory.resolve(Env.of(Map.of("HOME", "/h")), "Linux"));
        assertEquals(Path.of("/h/.cache/awsmfa"), CacheDirectory.resolve(Env.of(Map.of("HOME", "/h", "XDG_CACHE_HOME", "relative")), "Linux"));
    }

    @Test
    void macos_uses_library_caches() {
        assertEquals(Path.of("/Users/a/Library/Caches/awsmfa"), CacheDirectory.resolve(Env.of(Map.of("HOME", "/Users/a")), "Mac OS X"));
    }

    @Test
    void windows_uses_local_app_data() {
        assertEquals(Path.of("C:\\Users\\a\\AppData\\Local", "awsmfa"),
                CacheDirectory.resolve(Env.of(Map.of("LOCALAPPDATA", "C:\\Users\\a\\AppData\\Local")), "Windows 11"));
    }
}
