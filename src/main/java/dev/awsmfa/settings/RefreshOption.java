package dev.awsmfa.settings;

import dev.awsmfa.mfa.PromptChoice;

/** One thing the user can ask for on the command line, as a typed key of {@link RefreshOptions}. */
public final class RefreshOption<T> {
    public static final RefreshOption<String> PROFILE = new RefreshOption<>("--profile");
    public static final RefreshOption<String> DEVICE = new RefreshOption<>("--device");
    public static final RefreshOption<Integer> DURATION = new RefreshOption<>("--duration");
    public static final RefreshOption<String> LONG_TERM_SUFFIX = new RefreshOption<>("--long-term-suffix");
    public static final RefreshOption<String> SHORT_TERM_SUFFIX = new RefreshOption<>("--short-term-suffix");
    public static final RefreshOption<String> ASSUME_ROLE = new RefreshOption<>("--assume-role");
    public static final RefreshOption<String> ROLE_SESSION_NAME = new RefreshOption<>("--role-session-name");
    public static final RefreshOption<String> EXTERNAL_ID = new RefreshOption<>("--external-id");
    public static final RefreshOption<String> REGION = new RefreshOption<>("--region");
    public static final RefreshOption<String> ENDPOINT_URL = new RefreshOption<>("--endpoint-url");
    public static final RefreshOption<Integer> REFRESH_WINDOW = new RefreshOption<>("--refresh-window");
    public static final RefreshOption<String> TOKEN = new RefreshOption<>("--token");
    public static final RefreshOption<String> TOKEN_COMMAND = new RefreshOption<>("--token-command");
    public static final RefreshOption<Boolean> FORCE = new RefreshOption<>("--force");
    public static final RefreshOption<Boolean> NO_CODE_GUARD = new RefreshOption<>("--no-code-guard");
    public static final RefreshOption<PromptChoice> PROMPT = new RefreshOption<>("--prompt");

    private final String flag;

    private RefreshOption(String flag) {
        this.flag = flag;
    }

    @Override
    public String toString() {
        return flag;
    }
}
