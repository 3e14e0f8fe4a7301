package dev.awsmfa.cli;

import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code completion bash|zsh|fish}: the script the archive ships in {@code completion/}, for shells set up without it. */
final class CompletionCommand extends Command {
    enum Shell { BASH, ZSH, FISH }

    CompletionCommand(Services services) {
        super(services, "completion", "Print a bash, zsh or fish completion script.",
                "Print a completion script: source <(awsmfa completion bash) in ~/.bashrc, "
                        + "source <(awsmfa completion zsh) in ~/.zshrc after compinit, or "
                        + "awsmfa completion fish > ~/.config/fish/completions/awsmfa.fish. Completes commands, "
                        + "options, values and profile names without starting Java.",
                List.of());
    }

    @Override
    void complete(CommandSpec spec) {
        spec.addPositional(PositionalParamSpec.builder().index("0").arity("1").required(true).type(Shell.class)
                .paramLabel("SHELL").description("${COMPLETION-CANDIDATES}").build());
    }

    @Override
    List<HelpSection> sections() {
        return List.of(HelpSection.exitStatus("", List.of(ExitCode.OK, ExitCode.USAGE)),
                HelpSection.examples(new HelpEntry("source <(awsmfa completion bash)", "In ~/.bashrc.")));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        // picocli checked the name, ignoring case; positionals are its text.
        Shell shell = Shell.valueOf(arguments.positionals().get(0).toUpperCase(Locale.ROOT));
        print(out, CompletionScript.render(shell, Cli.create(services(), out, err)));
        return 0;
    }
}
