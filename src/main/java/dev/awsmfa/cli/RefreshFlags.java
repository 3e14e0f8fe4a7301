package dev.awsmfa.cli;

import static dev.awsmfa.cli.OptionDef.flag;
import static dev.awsmfa.cli.OptionDef.number;
import static dev.awsmfa.cli.OptionDef.text;

import dev.awsmfa.mfa.PromptChoice;
import dev.awsmfa.settings.RefreshOption;
import dev.awsmfa.settings.RefreshOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How a session is obtained: aws-mfa's options, flag for flag, and awsmfa's; for every command that refreshes. */
final class RefreshFlags {
    static final OptionDef<String> PROFILE = profile("Profile to refresh");
    static final OptionDef<String> DEVICE = text("ARN", "MFA device ARN (arn:aws:iam::ACCOUNT:mfa/NAME), hardware "
            + "serial, or the device's name (alice-phone: looked up with IAM ListMFADevices when STS is to be called). "
            + "Security keys (u2f) are refused: they cannot sign CLI calls. Env: MFA_DEVICE; else aws_mfa_device in the "
            + "long-term section, else mfa_serial in ~/.aws/config.",
            "--device").reads(RefreshOption.DEVICE);
    static final OptionDef<Integer> DURATION = number("SECONDS", "Session lifetime in seconds: 900-129600 (900-43200 "
            + "with a role). Env: MFA_STS_DURATION; else duration_seconds in ~/.aws/config. Default: 43200, or 3600 "
            + "with a role.", "--duration").reads(RefreshOption.DURATION);
    static final OptionDef<String> LONG_TERM_SUFFIX = text("SUFFIX", "Suffix of the section with the long-term keys: "
            + "[PROFILE-SUFFIX]; 'none' means [PROFILE]. Default: long-term.", "--long-term-suffix", "--long-suffix")
            .completedWith(List.of(CompletionScript.LONG_TERM_SUFFIX)).reads(RefreshOption.LONG_TERM_SUFFIX);
    static final OptionDef<String> SHORT_TERM_SUFFIX = text("SUFFIX", "Suffix of the section the session is written "
            + "to: [PROFILE-SUFFIX]; 'none' means [PROFILE]. Default: none.", "--short-term-suffix", "--short-suffix")
            .reads(RefreshOption.SHORT_TERM_SUFFIX);
    static final OptionDef<String> ASSUME_ROLE = text("ARN", "Role to assume with MFA (AssumeRole instead of "
            + "GetSessionToken). Env: MFA_ASSUME_ROLE; else assume_role in the long-term section, else role_arn of "
            + "[profile PROFILE-long-term].", "--assume-role", "--assume").reads(RefreshOption.ASSUME_ROLE);
    static final OptionDef<String> ROLE_SESSION_NAME = text("NAME", "Role session name. Default: role_session_name "
            + "in ~/.aws/config, else your login name.", "--role-session-name").reads(RefreshOption.ROLE_SESSION_NAME);
    static final OptionDef<String> EXTERNAL_ID = text("ID", "External id for AssumeRole. Default: external_id in "
            + "~/.aws/config.", "--external-id").reads(RefreshOption.EXTERNAL_ID);
    static final OptionDef<String> REGION = text("REGION", "Region whose STS endpoint is called. Env: AWS_REGION, "
            + "then AWS_DEFAULT_REGION; else region in ~/.aws/config. Default: us-east-1.", "--region")
            .reads(RefreshOption.REGION);
    static final OptionDef<String> ENDPOINT_URL = text("URL", "STS endpoint to call instead of the region's. Env: "
            + "AWS_ENDPOINT_URL_STS, then AWS_ENDPOINT_URL; else endpoint_url in ~/.aws/config.", "--endpoint-url")
            .reads(RefreshOption.ENDPOINT_URL);
    static final OptionDef<Integer> REFRESH_WINDOW = number("MINUTES", "Renew a session that has less than this many "
            + "minutes left. Env: AWSMFA_REFRESH_WINDOW. Default: 5.", "--refresh-window")
            .reads(RefreshOption.REFRESH_WINDOW);
    static final OptionDef<String> TOKEN = text("CODE", "The 6-digit MFA code; '-' reads it from stdin. Otherwise: "
            + "--token-command or mfa_process, else as --prompt says: a prompt on the terminal, else (no terminal at "
            + "all) a line of piped stdin, else a dialog.", "--token", "--mfa-token")
            .reads(RefreshOption.TOKEN);
    static final OptionDef<String> TOKEN_COMMAND = text("COMMAND", "Command that prints the MFA code, e.g. 'ykman "
            + "oath accounts code -s AWS'. Default: mfa_process in ~/.aws/config.", "--token-command")
            .reads(RefreshOption.TOKEN_COMMAND);
    static final OptionDef<PromptChoice> PROMPT = OptionDef.choice(PromptChoice.class, PromptChoice.values(), "WHERE",
            null, "Where to ask for the code when no --token, --token-command or mfa_process gives it: auto (the "
            + "terminal; without one, piped stdin, then a dialog when a display is at hand), terminal, osascript, "
            + "zenity, kdialog, powershell (that dialog), none (never ask). Env: AWSMFA_PROMPT; else mfa_prompt in "
            + "~/.aws/config. Default: auto.", "--prompt").reads(RefreshOption.PROMPT);
    static final OptionDef<Boolean> FORCE = flag("Get a new session even if the stored one is still valid.", "--force")
            .reads(RefreshOption.FORCE);
    static final OptionDef<Boolean> NO_CODE_GUARD = flag("Send an MFA code even if AWS accepted the same code moments "
            + "ago (by default it is refused locally; always off with an endpoint override, as local STS emulators "
            + "accept any code).", "--no-code-guard").reads(RefreshOption.NO_CODE_GUARD);

    /** Of the command that refreshes ({@code awsmfa}), which can refresh several profiles in one run. */
    static final OptionDef<String> PROFILES = profile("Profile to refresh", " Repeat it to refresh several in one run: "
            + "one code per MFA device.").repeatable();
    static final OptionDef<Boolean> ALL_PROFILES = flag("Refresh every profile that has long-term keys in "
            + "[PROFILE-long-term] (or the --long-term-suffix given), one code per MFA device.", "--all");

    /** Of the commands that hand a session on ({@code export}, {@code exec}). */
    static final OptionDef<Boolean> NO_REFRESH = flag("Fail (exit 21 expired, 22 absent) instead of refreshing.",
            "--no-refresh");

    static final List<OptionDef<?>> ALL = List.of(PROFILE, DEVICE, DURATION, LONG_TERM_SUFFIX, SHORT_TERM_SUFFIX,
            ASSUME_ROLE, ROLE_SESSION_NAME, EXTERNAL_ID, REGION, ENDPOINT_URL, REFRESH_WINDOW, TOKEN, TOKEN_COMMAND,
            PROMPT, FORCE, NO_CODE_GUARD);

    private RefreshFlags() {
    }

    /** {@code --profile}, described by what the command does with it: "Profile to show". */
    static OptionDef<String> profile(String purpose) {
        return profile(purpose, "");
    }

    private static OptionDef<String> profile(String purpose, String more) {
        return text("PROFILE", purpose + ". Env: AWS_PROFILE, then AWS_DEFAULT_PROFILE. Default: default." + more,
                "--profile").completedWith(List.of(CompletionScript.PROFILES)).reads(RefreshOption.PROFILE);
    }

    /** Every refresh option, {@code --profile} described by {@code profile}: for the commands that refresh. */
    static List<OptionDef<?>> refreshing(OptionDef<String> profile) {
        List<OptionDef<?>> options = new ArrayList<>(ALL);
        options.set(options.indexOf(PROFILE), profile);
        return List.copyOf(options);
    }

    /**
     * The options that name a profile's sections, no more: for the commands that read or remove a session and
     * never get one ({@code status}, {@code clear}), which refuse {@code --token}, {@code --force}...
     */
    static List<OptionDef<?>> locating(OptionDef<String> profile) {
        return List.of(profile, LONG_TERM_SUFFIX, SHORT_TERM_SUFFIX);
    }

    /** The refresh options as parsed: each by the option of the command that {@linkplain OptionDef#reads() reads} it. */
    static RefreshOptions read(Arguments arguments) {
        return new RefreshOptions() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> Optional<T> get(RefreshOption<T> option) {
                for (OptionDef<?> flag : arguments.options()) {
                    if (flag.reads() == option) {
                        return Optional.ofNullable(arguments.get((OptionDef<T>) flag));
                    }
                }
                return Optional.empty();
            }
        };
    }
}
