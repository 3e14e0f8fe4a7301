package dev.awsmfa.cli;

import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import java.io.PrintWriter;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code completion bash|zsh}: picocli's script; --profile completes by {@code awsmfa list --names}, new names too. */
final class CompletionCommand extends Command {
    /** What picocli writes as --profile's candidates, turned into a look-up when completing. */
    static final String PROFILES = "__awsmfa_profiles__";

    enum Shell { BASH, ZSH }

    CompletionCommand(Services services) {
        super(services, "completion", "Print a bash or zsh completion script.",
                "Print a completion script: source <(awsmfa completion bash) in ~/.bashrc, or "
                        + "source <(awsmfa completion zsh) in ~/.zshrc. Completes commands, options and profile names.",
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
        // picocli's script serves zsh through bashcompinit, which it loads itself when run by zsh.
        print(out, script(Cli.create(services(), out, err)));
        return 0;
    }

    /** The script for the whole tree of {@code root}; also what the build puts into the distribution. */
    static String script(CommandLine root) {
        return AutoComplete.bash(root.getCommandName(), root).replace("(\"" + PROFILES + "\")",
                "($(awsmfa list --names 2>/dev/null))");
    }
}
