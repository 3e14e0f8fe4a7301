package dev.awsmfa.cli;

import dev.awsmfa.session.Reporter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code awsmfa clear}: removes session sections awsmfa or aws-mfa wrote, and nothing else. */
@Command(name = "clear", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Remove session sections awsmfa or aws-mfa wrote.",
        sortOptions = false,
        description = {"Remove the session section of a profile, or with --expired every expired one, from "
                + "~/.aws/credentials. Only sections awsmfa or aws-mfa wrote (assumed_role, session token, "
                + "expiration); long-term and hand-written sections are never touched. Every other byte stays."})
final class ClearCommand extends ProfileSubcommand implements Callable<Integer> {
    @Option(names = "--expired", description = "Remove every expired session instead of one profile's.")
    boolean expired;

    @Override
    public Integer call() {
        if (expired && refresh.profile != null) {
            throw new ParameterException(spec.commandLine(), "--profile and --expired exclude each other.");
        }
        Reporter reporter = reporter();
        UseCases useCases = useCases(reporter);
        List<String> removed = expired ? useCases.clear().clearExpired()
                : useCases.clear().clearProfile(refresh.toOptions());
        reporter.info(removed.isEmpty() ? "No session to remove."
                : "Removed " + String.join(", ", removed.stream().map(n -> "[" + n + "]").toList()) + ".");
        return 0;
    }
}
