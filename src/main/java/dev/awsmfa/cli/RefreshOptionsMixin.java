package dev.awsmfa.cli;

import dev.awsmfa.session.RefreshOptions;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that decide how a session is obtained: aws-mfa's, flag for flag, plus awsmfa's
 * own. Shared by the refresh command and every command that refreshes first.
 */
public final class RefreshOptionsMixin {
    @Option(names = "--profile", paramLabel = "PROFILE", completionCandidates = ProfileCandidates.class,
            description = "Profile to refresh. Env: AWS_PROFILE, then AWS_DEFAULT_PROFILE. Default: default.")
    String profile;

    @Option(names = "--device", paramLabel = "ARN",
            description = "MFA device serial or ARN (arn:aws:iam::ACCOUNT:mfa/NAME). Env: MFA_DEVICE; "
                    + "else aws_mfa_device in the long-term section, else mfa_serial in ~/.aws/config.")
    String device;

    @Option(names = "--duration", paramLabel = "SECONDS",
            description = "Session lifetime in seconds: 900-129600 (900-43200 with a role). Env: MFA_STS_DURATION; "
                    + "else duration_seconds in ~/.aws/config. Default: 43200, or 3600 with a role.")
    Integer duration;

    @Option(names = {"--long-term-suffix", "--long-suffix"}, paramLabel = "SUFFIX",
            description = "Suffix of the section with the long-term keys: [PROFILE-SUFFIX]; 'none' means [PROFILE]. "
                    + "Default: long-term.")
    String longTermSuffix;

    @Option(names = {"--short-term-suffix", "--short-suffix"}, paramLabel = "SUFFIX",
            description = "Suffix of the section the session is written to: [PROFILE-SUFFIX]; 'none' means [PROFILE]. "
                    + "Default: none.")
    String shortTermSuffix;

    @Option(names = {"--assume-role", "--assume"}, paramLabel = "ARN",
            description = "Role to assume with MFA (AssumeRole instead of GetSessionToken). Env: MFA_ASSUME_ROLE; "
                    + "else assume_role in the long-term section, else role_arn of [profile PROFILE-long-term].")
    String assumeRole;

    @Option(names = "--role-session-name", paramLabel = "NAME",
            description = "Role session name. Default: role_session_name in ~/.aws/config, else your login name.")
    String roleSessionName;

    @Option(names = "--external-id", paramLabel = "ID",
            description = "External id for AssumeRole. Default: external_id in ~/.aws/config.")
    String externalId;

    @Option(names = "--region", paramLabel = "REGION",
            description = "Region whose STS endpoint is called. Env: AWS_REGION, then AWS_DEFAULT_REGION; "
                    + "else region in ~/.aws/config. Default: us-east-1.")
    String region;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "STS endpoint to call instead of the region's. Env: AWS_ENDPOINT_URL_STS, then "
                    + "AWS_ENDPOINT_URL; else endpoint_url in ~/.aws/config.")
    String endpointUrl;

    @Option(names = "--refresh-window", paramLabel = "MINUTES",
            description = "Renew a session that has less than this many minutes left. Env: AWSMFA_REFRESH_WINDOW. "
                    + "Default: 5.")
    Integer refreshWindow;

    @Option(names = {"--token", "--mfa-token"}, paramLabel = "CODE",
            description = "The 6-digit MFA code. Otherwise: --token-command or mfa_process, a line on piped stdin, "
                    + "or a prompt on the terminal.")
    String token;

    @Option(names = "--token-command", paramLabel = "COMMAND",
            description = "Command that prints the MFA code, e.g. 'ykman oath accounts code -s AWS'. "
                    + "Default: mfa_process in ~/.aws/config.")
    String tokenCommand;

    @Option(names = "--force", description = "Get a new session even if the stored one is still valid.")
    boolean force;

    @Option(names = "--no-code-guard", description = "Send an MFA code even if AWS accepted the same code moments ago "
            + "(by default it is refused locally; always off with an endpoint override, as local STS emulators "
            + "accept any code).")
    boolean noCodeGuard;

    RefreshOptions toOptions() {
        return new RefreshOptions(Optional.ofNullable(profile), Optional.ofNullable(device), Optional.ofNullable(duration),
                Optional.ofNullable(longTermSuffix), Optional.ofNullable(shortTermSuffix), Optional.ofNullable(assumeRole),
                Optional.ofNullable(roleSessionName), Optional.ofNullable(externalId), Optional.ofNullable(region),
                Optional.ofNullable(endpointUrl), Optional.ofNullable(refreshWindow), Optional.ofNullable(token),
                Optional.ofNullable(tokenCommand), force, !noCodeGuard);
    }
}
