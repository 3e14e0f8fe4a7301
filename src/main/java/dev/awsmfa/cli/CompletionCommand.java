package dev.awsmfa.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/**
 * {@code awsmfa completion bash|zsh}: picocli's completion script, plus profile names for
 * {@code --profile}, looked up when completing (with {@code awsmfa list --names}) so that new
 * profiles complete without regenerating the script.
 */
final class CompletionCommand implements Callable<Integer> {
    enum Shell { BASH, ZSH }

    final CommandSpec spec;

    CompletionCommand() {
        spec = PicocliModel.describe(this, "completion", "Print a bash or zsh completion script.",
                "Print a completion script: source <(awsmfa completion bash) in ~/.bashrc, or "
                        + "source <(awsmfa completion zsh) in ~/.zshrc. Completes commands, options and profile names.");
        spec.addPositional(PositionalParamSpec.builder().index("0").arity("1").required(true).type(Shell.class).paramLabel("SHELL")
                .description("${COMPLETION-CANDIDATES}").build());
        PicocliModel.addStandardHelp(spec);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // picocli's script serves zsh through bashcompinit, which it loads itself when run by zsh.
        out.print(script(spec.root().commandLine()));
        out.flush();
        return 0;
    }

    /** The script for the whole tree of {@code root}; also what the build puts into the distribution. */
    static String script(CommandLine root) {
        return withDynamicProfiles(AutoComplete.bash(root.getCommandName(), root));
    }

    /** Replaces the fixed candidate list picocli writes for --profile with a lookup at completion time. */
    static String withDynamicProfiles(String script) {
        return script.replace("(\"" + ProfileCandidates.PLACEHOLDER + "\")",
                "($(awsmfa list --names 2>/dev/null))");
    }
}
