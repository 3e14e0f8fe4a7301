package dev.awsmfa.cli;

import static dev.awsmfa.cli.OptionDef.flag;
import static dev.awsmfa.cli.OptionDef.number;
import static dev.awsmfa.cli.OptionDef.text;

import dev.awsmfa.settings.RefreshOptions;
import java.util.List;
import java.util.Optional;

/**
 * The options that decide how a session is obtained: aws-mfa's, flag for flag, plus awsmfa's
 * own. Shared by the refresh command and every command that refreshes first.
 */
final class RefreshFlags {
    static final List<OptionDef> ALL = List.of(
            text("PROFILE", "Profile to refresh. Env: AWS_PROFILE, then AWS_DEFAULT_PROFILE. Default: default.",
                    "--profile").completedWith(new ProfileCandidates()),
            text("ARN", "MFA device serial or ARN (arn:aws:iam::ACCOUNT:mfa/NAME). Env: MFA_DEVICE; "
                    + "else aws_mfa_device in the long-term section, else mfa_serial in ~/.aws/config.", "--device"),
            number("SECONDS", "Session lifetime in seconds: 900-129600 (900-43200 with a role). Env: MFA_STS_DURATION; "
                    + "else duration_seconds in ~/.aws/config. Default: 43200, or 3600 with a role.", "--duration"),
            text("SUFFIX", "Suffix of the section with the long-term keys: [PROFILE-SUFFIX]; 'none' means [PROFILE]. "
                    + "Default: long-term.", "--long-term-suffix", "--long-suffix"),
            text("SUFFIX", "Suffix of the section the session is written to: [PROFILE-SUFFIX]; 'none' means [PROFILE]. "
                    + "Default: none.", "--short-term-suffix", "--short-suffix"),
            text("ARN", "Role to assume with MFA (AssumeRole instead of GetSessionToken). Env: MFA_ASSUME_ROLE; "
                    + "else assume_role in the long-term section, else role_arn of [profile PROFILE-long-term].",
                    "--assume-role", "--assume"),
            text("NAME", "Role session name. Default: role_session_name in ~/.aws/config, else your login name.",
                    "--role-session-name"),
            text("ID", "External id for AssumeRole. Default: external_id in ~/.aws/config.", "--external-id"),
            text("REGION", "Region whose STS endpoint is called. Env: AWS_REGION, then AWS_DEFAULT_REGION; "
                    + "else region in ~/.aws/config. Default: us-east-1.", "--region"),
            text("URL", "STS endpoint to call instead of the region's. Env: AWS_ENDPOINT_URL_STS, then "
                    + "AWS_ENDPOINT_URL; else endpoint_url in ~/.aws/config.", "--endpoint-url"),
            number("MINUTES", "Renew a session that has less than this many minutes left. Env: AWSMFA_REFRESH_WINDOW. "
                    + "Default: 5.", "--refresh-window"),
            text("CODE", "The 6-digit MFA code. Otherwise: --token-command or mfa_process, a line on piped stdin, "
                    + "or a prompt on the terminal.", "--token", "--mfa-token"),
            text("COMMAND", "Command that prints the MFA code, e.g. 'ykman oath accounts code -s AWS'. "
                    + "Default: mfa_process in ~/.aws/config.", "--token-command"),
            flag("Get a new session even if the stored one is still valid.", "--force"),
            flag("Send an MFA code even if AWS accepted the same code moments ago (by default it is refused locally; "
                    + "always off with an endpoint override, as local STS emulators accept any code).",
                    "--no-code-guard"));

    private RefreshFlags() {
    }

    static RefreshOptions read(Arguments arguments) {
        return new RefreshOptions(textValue(arguments, "--profile"), textValue(arguments, "--device"),
                numberValue(arguments, "--duration"), textValue(arguments, "--long-term-suffix"),
                textValue(arguments, "--short-term-suffix"), textValue(arguments, "--assume-role"),
                textValue(arguments, "--role-session-name"), textValue(arguments, "--external-id"),
                textValue(arguments, "--region"), textValue(arguments, "--endpoint-url"), numberValue(arguments, "--refresh-window"),
                textValue(arguments, "--token"), textValue(arguments, "--token-command"), arguments.isSet("--force"),
                !arguments.isSet("--no-code-guard"));
    }

    /** The profile named with {@code --profile}, if any. */
    static Optional<String> profile(Arguments arguments) {
        return textValue(arguments, "--profile");
    }

    private static Optional<String> textValue(Arguments arguments, String name) {
        return Optional.ofNullable(arguments.value(name));
    }

    private static Optional<Integer> numberValue(Arguments arguments, String name) {
        return Optional.ofNullable(arguments.value(name));
    }
}
