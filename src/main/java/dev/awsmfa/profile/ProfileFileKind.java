package dev.awsmfa.profile;

/** Which AWS file: it maps sections to profiles ({@code [dev]} in credentials, {@code [profile dev]} in config). */
public enum ProfileFileKind {
    CREDENTIALS, CONFIG
}
