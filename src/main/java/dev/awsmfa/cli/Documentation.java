package dev.awsmfa.cli;

import dev.awsmfa.Services;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build-time main (maven-antrun, prepare-package): writes the AsciiDoc man pages and the bash, zsh and fish
 * completion scripts from the very command tree that runs, so none can drift from {@code --help}.
 * picocli-codegen is a compile-only dependency: this class is never loaded by awsmfa itself.
 */
public final class Documentation {
    private Documentation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Documentation MAN_PAGE_DIR COMPLETION_DIR");
        }
        Writer sink = Writer.nullWriter();
        CommandLine root = Cli.create(Services.system(), new PrintWriter(sink), new PrintWriter(sink));
        File manPages = new File(args[0]);
        if (!manPages.isDirectory() && !manPages.mkdirs()) {
            throw new IOException("cannot create " + manPages);
        }
        int status = ManPageGenerator.generateManPage(manPages, null, new boolean[0], true, root.getCommandSpec());
        if (status != 0) {
            throw new IOException("the man page generator failed with status " + status);
        }
        Path completion = Files.createDirectories(Path.of(args[1]));
        for (CompletionCommand.Shell shell : CompletionCommand.Shell.values()) {
            Files.writeString(completion.resolve(CompletionScript.fileName(shell)), CompletionScript.render(shell, root),
                    StandardCharsets.UTF_8);
        }
    }
}
