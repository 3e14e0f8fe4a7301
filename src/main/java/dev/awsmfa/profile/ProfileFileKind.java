package dev.awsmfa.profile;

/**
 * Which of the two AWS files a document is: it decides how a section name maps to a profile
 * ({@code [dev]} in credentials, {@code [profile dev]} or {@code [default]} in config).
 */
public enum ProfileFileKind {
    CREDENTIALS, CONFIG
}
