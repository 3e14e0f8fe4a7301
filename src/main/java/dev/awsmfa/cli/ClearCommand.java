package dev.awsmfa.cli;

import dev.awsmfa.Services;
import dev.awsmfa.session.Reporter;
import java.util.List;
import picocli.CommandLine.ParameterException;

/** {@code awsmfa clear}: removes session sections awsmfa or aws-mfa wrote, and nothing else. */
final class ClearCommand extends ProfileSubcommand {
    ClearCommand(Services services) {
        super(services, "clear", "Remove session sections awsmfa or aws-mfa wrote.",
                "Remove the session section of a profile, or with --expired every expired one, from "
                + "~/.aws/credentials. Only sections awsmfa or aws-mfa wrote (assumed_role, session token, "
                + "expiration); long-term and hand-written sections are never touched. Every other byte stays.");
        spec.addOption(Options.flag("Remove every expired session instead of one profile's.", "--expired").build());
    }

    @Override
    public Integer call() {
        boolean expired = Options.isSet(spec, "--expired");
        if (expired && RefreshFlags.profile(spec).isPresent()) {
            throw new ParameterException(spec.commandLine(), "--profile and --expired exclude each other.");
        }
        Reporter reporter = reporter();
        UseCases useCases = useCases(reporter);
        List<String> removed = expired ? useCases.clear().clearExpired()
                : useCases.clear().clearProfile(refreshOptions());
        reporter.info(removed.isEmpty() ? "No session to remove."
                : "Removed " + String.join(", ", removed.stream().map(n -> "[" + n + "]").toList()) + ".");
        return 0;
    }
}
