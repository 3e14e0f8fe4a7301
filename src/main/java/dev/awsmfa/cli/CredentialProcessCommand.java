package dev.awsmfa.cli;

import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import dev.awsmfa.session.Reporter;
import dev.awsmfa.session.TemporaryCredentials;
import dev.awsmfa.time.TimeText;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code awsmfa credential-process}: the session in the JSON the AWS CLI and SDKs read from a
 * {@code credential_process} command. The caller owns stdin and stdout, so the code is asked on
 * the terminal device, and stderr stays silent except for the one-line error (and DEBUG output).
 */
final class CredentialProcessCommand extends Command {
    static final OptionDef<String> PROFILE = RefreshFlags.profile("Profile whose session to print");

    CredentialProcessCommand(Services services) {
        super(services, "credential-process", "Print the session for credential_process in ~/.aws/config.",
                "Print the session for 'credential_process = awsmfa credential-process --profile dev' in "
                        + "~/.aws/config: {\"Version\": 1, \"AccessKeyId\": ..., \"Expiration\": \"...Z\"}. "
                        + "Refreshes when needed, asking for the code on the terminal device; without a terminal or a "
                        + "code source it fails with one line on stderr and nothing on stdout.",
                OptionDef.listOf(RefreshFlags.refreshing(PROFILE), LogLevel.OPTION));
    }

    @Override
    List<HelpSection> sections() {
        return List.of(HelpSection.exitStatus("", HelpSection.refreshCodes()),
                HelpSection.examples(new HelpEntry("credential_process = awsmfa credential-process --profile dev",
                        "In [profile dev-mfa] of ~/.aws/config: 'aws --profile dev-mfa ...' gets the session.")));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        Reporter reporter = LogLevel.of(this, arguments).shows(LogLevel.DEBUG) ? reporter(arguments, err)
                : Reporter.SILENT;
        TemporaryCredentials credentials = useCases(reporter).provider()
                .session(RefreshFlags.read(arguments), true).credentials();
        print(out, json(credentials) + "\n");
        return 0;
    }

    static String json(TemporaryCredentials credentials) {
        return new JsonWriter().beginObject().name("Version").literal(1)
                .field("AccessKeyId", credentials.accessKeyId())
                .field("SecretAccessKey", credentials.secretAccessKey())
                .field("SessionToken", credentials.sessionToken())
                .field("Expiration", TimeText.rfc3339Utc(credentials.expiration()))
                .endObject().toString();
    }
}
