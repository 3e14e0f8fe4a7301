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
import picocli.CommandLine.Model.CommandSpec;

/**
 * Build-time main (maven-antrun, prepare-package): writes the AsciiDoc man pages ({@link ManPage}) and the bash,
 * zsh and fish completion scripts from the very command tree that runs, so none can drift from {@code --help}.
 * This class is never loaded by awsmfa itself.
 */
public final class Documentation {
    private Documentation() {
    }

    private static void writeManPage(Path directory, CommandSpec spec) throws IOException {
        Files.writeString(directory.resolve(ManPage.name(spec) + ".adoc"),
                ManPage.of(spec, VersionCommand.getVersion()[0].replace("awsmfa ", "")), StandardCharsets.UTF_8);
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
        writeManPage(manPages.toPath(), root.getCommandSpec());
        for (CommandLine command : root.getSubcommands().values()) {
            if (!command.getCommandSpec().usageMessage().hidden()) {
                writeManPage(manPages.toPath(), command.getCommandSpec());
            }
        }
        Path completion = Files.createDirectories(Path.of(args[1]));
        for (CompletionCommand.Shell shell : CompletionCommand.Shell.values()) {
            Files.writeString(completion.resolve(CompletionScript.fileName(shell)), CompletionScript.render(shell, root),
                    StandardCharsets.UTF_8);
        }
    }
}
