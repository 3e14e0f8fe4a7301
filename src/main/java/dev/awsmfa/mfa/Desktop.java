package dev.awsmfa.mfa;

import dev.awsmfa.Env;
import dev.awsmfa.Platform;

/**
 * What choosing a dialog depends on: the kind of system, whether a graphical session is at hand (on Linux and the
 * BSDs: {@code DISPLAY} or {@code WAYLAND_DISPLAY} set; macOS and Windows always have one), and which programs are
 * installed.
 */
public record Desktop(Kind kind, boolean display, ProgramFinder programs) {
    public enum Kind { MAC, WINDOWS, OTHER }

    /** This system, as {@code env} describes it. */
    public static Desktop of(Env env) {
        Kind kind = Platform.MAC ? Kind.MAC : Platform.WINDOWS ? Kind.WINDOWS : Kind.OTHER;
        boolean display = kind != Kind.OTHER || env.get("DISPLAY").isPresent() || env.get("WAYLAND_DISPLAY").isPresent();
        return new Desktop(kind, display, new PathSearch(env.raw("PATH"), kind == Kind.WINDOWS, env.raw("PATHEXT")));
    }
}
