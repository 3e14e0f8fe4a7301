package dev.awsmfa.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code awsmfa completion bash|zsh}: picocli's completion script, plus profile names for
 * {@code --profile}, looked up when completing (with {@code awsmfa list --names}) so that new
 * profiles complete without regenerating the script.
 */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Print a bash or zsh completion script.",
        description = {"Print a completion script: source <(awsmfa completion bash) in ~/.bashrc, or "
                + "source <(awsmfa completion zsh) in ~/.zshrc. Completes commands, options and profile names."})
final class CompletionCommand implements Callable<Integer> {
    enum Shell { BASH, ZSH }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES}")
    Shell shell;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        String script = AutoComplete.bash(root.getCommandName(), root);
        PrintWriter out = spec.commandLine().getOut();
        // picocli's script serves zsh through bashcompinit, which it loads itself when run by zsh.
        out.print(withDynamicProfiles(script));
        out.flush();
        return 0;
    }

    /** Replaces the fixed candidate list picocli writes for --profile with a lookup at completion time. */
    static String withDynamicProfiles(String script) {
        return script.replace("(\"" + ProfileCandidates.PLACEHOLDER + "\")",
                "($(awsmfa list --names 2>/dev/null))");
    }
}
