package dev.awsmfa.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The code blocks of README.md's recipes, so the tests run exactly what a reader copies. */
public final class ReadmeRecipes {
    private ReadmeRecipes() {
    }

    /** The {@code n}th (from 0) fenced block of language {@code language} after the heading {@code heading}. */
    public static String block(String heading, String language, int n) {
        String readme = readme();
        int at = readme.indexOf("\n" + heading + "\n");
        if (at < 0) {
            throw new IllegalStateException("README.md has no heading \"" + heading + "\"");
        }
        String section = readme.substring(at);
        String fence = "\n```" + language + "\n";
        int start = -1;
        for (int i = 0; i <= n; i++) {
            start = section.indexOf(fence, start + 1);
            if (start < 0) {
                throw new IllegalStateException("README.md's \"" + heading + "\" has no " + (n + 1) + ". " + language
                        + " block");
            }
        }
        int body = start + fence.length();
        return section.substring(body, section.indexOf("\n```", body) + 1);
    }

    private static String readme() {
        try {
            return Files.readString(Path.of("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
