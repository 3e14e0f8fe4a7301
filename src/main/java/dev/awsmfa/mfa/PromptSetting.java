package dev.awsmfa.mfa;

/** The {@link PromptChoice} in force and where it came from ("--prompt", "AWSMFA_PROMPT", "the default"), for messages. */
public record PromptSetting(PromptChoice choice, String source) {
    public static final PromptSetting DEFAULT = new PromptSetting(PromptChoice.AUTO, "the default");

    /** "--prompt zenity (from AWSMFA_PROMPT)": how a message names it. */
    String described() {
        return "--prompt " + choice.typed() + (source.equals("--prompt") ? "" : " (from " + source + ")");
    }
}
