package dev.awsmfa;

/** Which build of awsmfa this is. */
public final class Build {
    private Build() {
    }

    public static String version() {
        return BuildVersion.VERSION;
    }
}
