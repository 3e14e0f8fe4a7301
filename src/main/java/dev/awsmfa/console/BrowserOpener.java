package dev.awsmfa.console;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Hands a URL to the desktop's opener: {@code xdg-open}, macOS's {@code open}, Windows' url.dll. The URL is a
 * bearer secret, and openers repeat it in their complaints, so their output is discarded and no message quotes it.
 */
public final class BrowserOpener {
    /** An opener that runs the browser itself, rather than handing the URL over, has started it by then. */
    private static final long WAIT_SECONDS = 10;

    private final Env env;

    public BrowserOpener(Env env) {
        this.env = env;
    }

    /** The opener's command line for a platform; the first element is looked up on PATH except on Windows. */
    static List<String> command(String url, boolean windows, boolean mac) {
        if (windows) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", url);
        }
        return List.of(mac ? "open" : "xdg-open", url);
    }

    public void open(String url) {
        List<String> command = command(url, Platform.WINDOWS, Platform.MAC);
        String opener = command.get(0);
        List<String> line = new ArrayList<>(command);
        if (!Platform.WINDOWS) {
            Optional<String> program = onPath(opener);
            if (program.isEmpty()) {
                throw noBrowser(opener + " is in no directory of PATH");
            }
            line.set(0, program.get());
        }
        ProcessBuilder builder = new ProcessBuilder(line)
                .redirectInput(ProcessBuilder.Redirect.from(Platform.nullDevice()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = builder.start();
            if (process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS) && process.exitValue() != 0) {
                throw noBrowser(opener + " failed (exit status " + process.exitValue() + ")");
            }
        } catch (IOException e) {
            throw noBrowser(opener + " could not be started");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw noBrowser("interrupted while " + opener + " ran");
        }
    }

    /** The first executable {@code name} in the directories of the environment's PATH. */
    Optional<String> onPath(String name) {
        Optional<String> path = env.get("PATH");
        for (String directory : path.orElse("/usr/local/bin:/usr/bin:/bin").split(":")) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    private static AwsMfaException noBrowser(String why) {
        return new AwsMfaException(ExitCode.NO_BROWSER, "Could not open the console in a browser: " + why
                + ". Run awsmfa console again with --print and open the URL it prints yourself.");
    }
}
