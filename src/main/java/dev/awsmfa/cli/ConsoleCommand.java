package dev.awsmfa.cli;

import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import dev.awsmfa.console.BrowserOpener;
import dev.awsmfa.console.ConsoleRequest;
import dev.awsmfa.console.ConsoleSignin;
import dev.awsmfa.console.SigninEndpoint;
import dev.awsmfa.console.SigninTokenClient;
import dev.awsmfa.session.Reporter;
import dev.awsmfa.settings.RefreshOption;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code awsmfa console}: opens the AWS console signed in with the profile's session, or prints its login URL. */
final class ConsoleCommand extends Command {
    static final OptionDef<String> PROFILE = RefreshFlags.profile("Profile whose session opens the console");
    static final OptionDef<Boolean> PRINT = OptionDef.flag("Print the login URL on stdout instead of opening a "
            + "browser. The URL signs anyone in who has it, for 15 minutes: keep it out of logs and chats.", "--print");
    static final OptionDef<String> SERVICE = OptionDef.text("NAME", "Land on this service's console page: s3, ec2, "
            + "iam... Default: the console home.", "--service");
    static final OptionDef<String> DESTINATION = OptionDef.text("URL", "Land on this https console URL (instead of "
            + "--service).", "--destination");
    static final OptionDef<String> REGION = OptionDef.text("REGION", "Region of the console and of the STS calls; "
            + "its partition (aws, aws-us-gov, aws-cn) picks the sign-in and console hosts. Env: AWS_REGION, then "
            + "AWS_DEFAULT_REGION; else region in ~/.aws/config. Default: us-east-1.", "--region")
            .reads(RefreshOption.REGION);
    static final OptionDef<Integer> DURATION = OptionDef.number("SECONDS", "Console session length: 900-43200 with a "
            + "role (default: AWS's), 900-129600 with GetFederationToken (default 43200; 3600 at most for the root "
            + "user); clamped, with a note.", "--duration");
    static final OptionDef<String> ROLE = OptionDef.text("ARN", "For a profile without a role: the role to assume from "
            + "the MFA session for the console, keeping its MFA context. Default: " + ConsoleSignin.CONSOLE_ROLE_KEY
            + " in ~/.aws/config; without one, GetFederationToken with the long-term keys (no MFA context).", "--role");
    static final OptionDef<String> SIGNIN_ENDPOINT = OptionDef.text("URL", "Federation endpoint to use instead of the "
            + "partition's (https, or http to 127.0.0.1). Env: " + SigninEndpoint.VARIABLE + ".", "--signin-endpoint");
    /** How long the sign-in endpoint may take. */
    private static final Duration SIGNIN_TIMEOUT = Duration.ofSeconds(15);

    ConsoleCommand(Services services) {
        super(services, "console", "Open the AWS console signed in with the profile's session.",
                "Open the AWS web console in your browser (xdg-open, open, or url.dll on Windows), signed in with "
                        + "the profile's session; with --print, write the login URL to stdout instead. A role "
                        + "profile's session (refreshed first when needed) signs in as it is. A profile without a "
                        + "role uses its console role (--role, or " + ConsoleSignin.CONSOLE_ROLE_KEY + "), assumed "
                        + "from the MFA session; without one, GetFederationToken signed with the long-term keys, "
                        + "which carries no MFA context (a warning says so) and which policies that deny "
                        + "everything without MFA refuse. The login URL is a bearer secret: it is never logged.",
                OptionDef.listOf(consoleRefreshOptions(), PRINT, SERVICE, DESTINATION, DURATION, ROLE,
                        SIGNIN_ENDPOINT, LogLevel.OPTION));
    }

    /** The refresh options with the console's own --region; --duration is the console session's, not the refresh's. */
    private static List<OptionDef<?>> consoleRefreshOptions() {
        List<OptionDef<?>> options = new ArrayList<>(RefreshFlags.refreshing(PROFILE));
        options.set(options.indexOf(RefreshFlags.REGION), REGION);
        options.remove(RefreshFlags.DURATION);
        return options;
    }

    @Override
    List<HelpSection> sections() {
        List<ExitCode> codes = new ArrayList<>(HelpSection.refreshCodes());
        codes.add(ExitCode.NO_BROWSER);
        return List.of(HelpSection.exitStatus("", codes),
                HelpSection.definitions("Environment",
                        new HelpEntry(SigninEndpoint.VARIABLE, "The federation endpoint, as --signin-endpoint.")),
                HelpSection.examples(
                        new HelpEntry("awsmfa console --profile admin", "The console home, in your browser."),
                        new HelpEntry("awsmfa console --profile admin --service s3 --region eu-west-1",
                                "The S3 console in eu-west-1."),
                        new HelpEntry("awsmfa console --profile dev --role arn:aws:iam::123456789012:role/RO",
                                "A profile without a role: the console as role RO, from the MFA session."),
                        new HelpEntry("awsmfa console --profile admin --print | pbcopy",
                                "The login URL on the clipboard, for another browser profile.")));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        Reporter reporter = reporter(arguments, err);
        UseCases useCases = useCases(reporter);
        ConsoleSignin signin = new ConsoleSignin(useCases.files(), services().env(), useCases.provider(),
                useCases.keys(), services().sts(), new SigninTokenClient(SIGNIN_TIMEOUT), services().clock(), reporter);
        String url = signin.loginUrl(new ConsoleRequest(RefreshFlags.read(arguments),
                Optional.ofNullable(arguments.get(ROLE)), Optional.ofNullable(arguments.get(DURATION)),
                Optional.ofNullable(arguments.get(SERVICE)), Optional.ofNullable(arguments.get(DESTINATION)),
                Optional.ofNullable(arguments.get(SIGNIN_ENDPOINT))));
        if (arguments.isSet(PRINT)) {
            print(out, url + "\n");
            return 0;
        }
        new BrowserOpener(services().env()).open(url);
        reporter.info("Opened the AWS console in your browser.");
        return 0;
    }
}
