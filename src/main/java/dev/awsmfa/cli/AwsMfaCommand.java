package dev.awsmfa.cli;

import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import dev.awsmfa.session.RefreshResult;
import dev.awsmfa.session.Reporter;
import dev.awsmfa.time.TimeText;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** {@code awsmfa}: refreshes the MFA session of a profile (aws-mfa's whole job); {@link Cli} adds subcommands. */
final class AwsMfaCommand extends Command {
    private static final String DESCRIPTION =
        "Reads the IAM user's long-term keys from [PROFILE-long-term] in ~/.aws/credentials, asks for the MFA "
                + "code, calls STS GetSessionToken (or AssumeRole with --assume-role) and writes the temporary "
                + "keys to [PROFILE], where every AWS CLI and SDK finds them. A session that is still valid is "
                + "reused without asking. Drop-in compatible with aws-mfa; stdout stays empty, messages go to "
                + "stderr.";
    private static final String[] FOOTER = {
        "  AWS_PROFILE, AWS_DEFAULT_PROFILE      profile when --profile is not given",
        "  AWS_SHARED_CREDENTIALS_FILE           credentials file (default ~/.aws/credentials)",
        "  AWS_CONFIG_FILE                       config file (default ~/.aws/config)",
        "  MFA_DEVICE, MFA_STS_DURATION, MFA_ASSUME_ROLE   as aws-mfa: --device, --duration, --assume-role",
        "  AWS_REGION, AWS_DEFAULT_REGION        --region",
        "  AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL   --endpoint-url",
        "  AWSMFA_REFRESH_WINDOW                 --refresh-window (minutes)",
        "  AWSMFA_LOCK_TIMEOUT                   seconds to wait for another awsmfa (default 120)",
        "  JAVA_HOME, AWSMFA_JAVA_OPTS           the Java the launcher runs, and extra JVM flags",
        "",
        "Examples:",
        "  awsmfa --profile dev                  refresh [dev] from [dev-long-term], asking for the code",
        "  echo 123456 | awsmfa --profile dev    the code from stdin, as with aws-mfa",
        "  awsmfa --profile prod --assume-role arn:aws:iam::123456789012:role/admin",
        "  awsmfa --profile dev --token-command 'ykman oath accounts code -s AWS'"};

    static final OptionDef<Boolean> SETUP = OptionDef.flag("Create the long-term section of a profile interactively: "
            + "keys, MFA device and region, written without touching anything else.", "--setup");

    AwsMfaCommand(Services services) {
        super(services, "awsmfa", "Get temporary AWS credentials with MFA and keep them in ~/.aws/credentials.",
                DESCRIPTION, OptionDef.listOf(RefreshFlags.ALL, SETUP, LogLevel.OPTION));
    }

    @Override
    void complete(CommandSpec spec) {
        spec.usageMessage().width(100).headerHeading("").synopsisHeading("%nUsage: ")
                .descriptionHeading("%nDescription:%n")
                .optionListHeading("%nOptions:%n")
                .exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes())
                .footerHeading("%nEnvironment:%n").footer(FOOTER);
    }

    /** Every {@link ExitCode} as the help's exit-code list: the code right-aligned, then its meaning. */
    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(code.code() < 10 ? "  " + code.code() : code.code() < 100 ? " " + code.code() : "" + code.code(),
                    code.meaning());
        }
        return codes;
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        Reporter reporter = reporter(arguments, err);
        UseCases useCases = useCases(reporter);
        if (arguments.isSet(SETUP)) {
            useCases.setup().run(RefreshFlags.read(arguments));
            return 0;
        }
        RefreshResult result = useCases.refresh().refresh(RefreshFlags.read(arguments), true);
        Instant expiration = result.credentials().expiration();
        Duration left = Duration.between(services().clock().instant(), expiration);
        String until = TimeText.local(expiration, services().timeZone()) + " (" + TimeText.duration(left)
                + " from now)";
        Optional<String> roleArn = result.settings().roleArn();
        String role = roleArn.isPresent() ? " for role " + roleArn.get() : "";
        if (result.renewed()) {
            reporter.info("New session" + role + " written to [" + result.settings().shortTermSection() + "] in "
                    + useCases.files().paths().credentialsFile() + ", valid until " + until + ".");
        } else {
            reporter.info("Session [" + result.settings().shortTermSection() + "]" + role + " is still valid until "
                    + until + "; nothing to do (--force renews it now).");
        }
        return 0;
    }
}
