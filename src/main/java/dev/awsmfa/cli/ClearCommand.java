package dev.awsmfa.cli;

import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import dev.awsmfa.session.Reporter;
import dev.awsmfa.settings.RoleChain;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code awsmfa clear}: removes session sections awsmfa or aws-mfa wrote, and nothing else. */
final class ClearCommand extends Command {
    static final OptionDef<String> PROFILE = RefreshFlags.profile("Profile whose session to remove");
    static final OptionDef<Boolean> EXPIRED = OptionDef.flag("Remove every expired session instead of one profile's.",
            "--expired");

    ClearCommand(Services services) {
        super(services, "clear", "Remove session sections awsmfa or aws-mfa wrote.",
                "Remove the session section of a profile, or with --expired every expired one, from "
                        + "~/.aws/credentials. Only sections awsmfa or aws-mfa wrote (assumed_role, session token, "
                        + "expiration); long-term and hand-written sections are never touched. Every other byte stays. "
                        + "For a role profile awsmfa serves, remove its role session from awsmfa's cache (--expired: "
                        + "every expired one).",
                OptionDef.listOf(RefreshFlags.locating(PROFILE), EXPIRED, LogLevel.OPTION));
    }

    @Override
    List<HelpSection> sections() {
        return List.of(HelpSection.exitStatus("", List.of(ExitCode.OK, ExitCode.USAGE, ExitCode.BAD_FILE,
                        ExitCode.INVALID_INPUT, ExitCode.LOCKED)),
                HelpSection.examples(
                        new HelpEntry("awsmfa clear --profile dev", "Remove the session in [dev]."),
                        new HelpEntry("awsmfa clear --expired", "Remove every expired session.")));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        boolean expired = arguments.isSet(EXPIRED);
        if (expired && arguments.get(PROFILE) != null) {
            throw new UsageException("--profile and --expired exclude each other.");
        }
        Reporter reporter = reporter(arguments, err);
        UseCases useCases = useCases(reporter);
        if (!expired) {
            Optional<RoleChain> chain = useCases.roles().managedChain(RefreshFlags.read(arguments));
            if (chain.isPresent()) {
                String profile = chain.get().target().profile();
                Optional<Path> removed = useCases.roles().clear(chain.get());
                reporter.info(removed.isPresent() ? "Removed the role session of profile " + profile + " from "
                        + removed.get() + "." : "No role session of profile " + profile + " to remove.");
                return 0;
            }
        }
        List<String> removed = expired ? useCases.clear().clearExpired()
                : useCases.clear().clearProfile(RefreshFlags.read(arguments));
        int roles = expired ? useCases.roles().clearExpired() : 0;
        if (roles > 0) {
            reporter.info("Removed " + roles + " expired role session" + (roles == 1 ? "" : "s") + " from awsmfa's "
                    + "cache directory.");
        }
        if (!removed.isEmpty() || roles == 0) {
            reporter.info(removed.isEmpty() ? "No session to remove." : "Removed [" + String.join("], [", removed)
                    + "].");
        }
        return 0;
    }
}
