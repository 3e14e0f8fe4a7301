package dev.awsmfa.cli;

import dev.awsmfa.Services;
import picocli.CommandLine.Command;

/**
 * The whole command tree as annotations, for picocli's build-time generators (man pages, shell
 * completion), which take a class rather than a {@code CommandLine}. At run time {@link Cli}
 * registers the same {@link Subcommands} one by one, only those a command line needs.
 */
@Command(name = "awsmfa", subcommands = {ListCommand.class, StatusCommand.class, ExportCommand.class,
    ExecCommand.class, CredentialProcessCommand.class, ClearCommand.class, CompletionCommand.class})
public final class DocumentedCommand extends AwsMfaCommand {
    public DocumentedCommand(Services services) {
        super(services);
    }
}
