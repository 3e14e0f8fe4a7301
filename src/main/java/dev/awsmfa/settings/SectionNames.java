package dev.awsmfa.settings;

/** aws-mfa's section names: a profile's keys in {@code [P-long-term]}, its session in {@code [P]}, or suffixes. */
public final class SectionNames {
    public static final String DEFAULT_LONG_TERM_SUFFIX = "long-term";
    private static final String LONG_TERM_ENDING = "-" + DEFAULT_LONG_TERM_SUFFIX;

    private SectionNames() {
    }

    /** {@code [profile-suffix]}, or {@code [profile]} for the suffix {@code none}. */
    public static String of(String profile, String suffix) {
        return "none".equalsIgnoreCase(suffix) ? profile : profile + "-" + suffix;
    }

    /** Whether a section is named as aws-mfa names long-term keys. */
    public static boolean isLongTerm(String sectionName) {
        return sectionName.endsWith(LONG_TERM_ENDING);
    }

    /** The long-term section aws-mfa would pair with {@code profile}. */
    public static String longTermOf(String profile) {
        return profile.concat(LONG_TERM_ENDING);
    }
}
