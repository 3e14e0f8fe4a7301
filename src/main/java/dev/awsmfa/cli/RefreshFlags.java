package dev.awsmfa.cli;

import static dev.awsmfa.cli.Options.flag;
import static dev.awsmfa.cli.Options.get;
import static dev.awsmfa.cli.Options.isSet;
import static dev.awsmfa.cli.Options.value;

import dev.awsmfa.session.RefreshOptions;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The options that decide how a session is obtained: aws-mfa's, flag for flag, plus awsmfa's
 * own. Shared by the refresh command and every command that refreshes first.
 */
final class RefreshFlags {
    private RefreshFlags() {
    }

    static void declare(CommandSpec spec) {
        spec.addOption(value(String.class, "PROFILE",
                "Profile to refresh. Env: AWS_PROFILE, then AWS_DEFAULT_PROFILE. Default: default.", "--profile")
                .completionCandidates(new ProfileCandidates()).build());
        spec.addOption(value(String.class, "ARN",
                "MFA device serial or ARN (arn:aws:iam::ACCOUNT:mfa/NAME). Env: MFA_DEVICE; "
                        + "else aws_mfa_device in the long-term section, else mfa_serial in ~/.aws/config.",
                "--device").build());
        spec.addOption(value(Integer.class, "SECONDS",
                "Session lifetime in seconds: 900-129600 (900-43200 with a role). Env: MFA_STS_DURATION; "
                        + "else duration_seconds in ~/.aws/config. Default: 43200, or 3600 with a role.",
                "--duration").build());
        spec.addOption(value(String.class, "SUFFIX",
                "Suffix of the section with the long-term keys: [PROFILE-SUFFIX]; 'none' means [PROFILE]. "
                        + "Default: long-term.",
                "--long-term-suffix", "--long-suffix").build());
        spec.addOption(value(String.class, "SUFFIX",
                "Suffix of the section the session is written to: [PROFILE-SUFFIX]; 'none' means [PROFILE]. "
                        + "Default: none.",
                "--short-term-suffix", "--short-suffix").build());
        spec.addOption(value(String.class, "ARN",
                "Role to assume with MFA (AssumeRole instead of GetSessionToken). Env: MFA_ASSUME_ROLE; "
                        + "else assume_role in the long-term section, else role_arn of [profile PROFILE-long-term].",
                "--assume-role", "--assume").build());
        spec.addOption(value(String.class, "NAME",
                "Role session name. Default: role_session_name in ~/.aws/config, else your login name.",
                "--role-session-name").build());
        spec.addOption(value(String.class, "ID",
                "External id for AssumeRole. Default: external_id in ~/.aws/config.", "--external-id").build());
        spec.addOption(value(String.class, "REGION",
                "Region whose STS endpoint is called. Env: AWS_REGION, then AWS_DEFAULT_REGION; "
                        + "else region in ~/.aws/config. Default: us-east-1.",
                "--region").build());
        spec.addOption(value(String.class, "URL",
                "STS endpoint to call instead of the region's. Env: AWS_ENDPOINT_URL_STS, then "
                        + "AWS_ENDPOINT_URL; else endpoint_url in ~/.aws/config.",
                "--endpoint-url").build());
        spec.addOption(value(Integer.class, "MINUTES",
                "Renew a session that has less than this many minutes left. Env: AWSMFA_REFRESH_WINDOW. "
                        + "Default: 5.",
                "--refresh-window").build());
        spec.addOption(value(String.class, "CODE",
                "The 6-digit MFA code. Otherwise: --token-command or mfa_process, a line on piped stdin, "
                        + "or a prompt on the terminal.",
                "--token", "--mfa-token").build());
        spec.addOption(value(String.class, "COMMAND",
                "Command that prints the MFA code, e.g. 'ykman oath accounts code -s AWS'. "
                        + "Default: mfa_process in ~/.aws/config.",
                "--token-command").build());
        spec.addOption(flag("Get a new session even if the stored one is still valid.", "--force").build());
        spec.addOption(flag("Send an MFA code even if AWS accepted the same code moments ago "
                + "(by default it is refused locally; always off with an endpoint override, as local STS emulators "
                + "accept any code).", "--no-code-guard").build());
    }

    static RefreshOptions read(CommandSpec spec) {
        return new RefreshOptions(string(spec, "--profile"), string(spec, "--device"), number(spec, "--duration"),
                string(spec, "--long-term-suffix"), string(spec, "--short-term-suffix"), string(spec, "--assume-role"),
                string(spec, "--role-session-name"), string(spec, "--external-id"), string(spec, "--region"),
                string(spec, "--endpoint-url"), number(spec, "--refresh-window"), string(spec, "--token"),
                string(spec, "--token-command"), isSet(spec, "--force"), !isSet(spec, "--no-code-guard"));
    }

    /** The profile named with {@code --profile}, if any. */
    static Optional<String> profile(CommandSpec spec) {
        return string(spec, "--profile");
    }

    private static Optional<String> string(CommandSpec spec, String name) {
        return Optional.ofNullable(get(spec, name));
    }

    private static Optional<Integer> number(CommandSpec spec, String name) {
        return Optional.ofNullable(get(spec, name));
    }
}
