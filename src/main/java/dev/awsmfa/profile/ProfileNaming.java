package dev.awsmfa.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which sections are profiles, by botocore's rules: in credentials each, named as written; in config
 * {@code [default]} and {@code [profile NAME]} where {@code shlex.split} gives two words (not {@code [profile]}
 * or {@code [profile two words]}), a later one replacing an earlier ({@code [profile default]} over
 * {@code [default]}).
 */
final class ProfileNaming {
    private static final String PROFILE_PREFIX = "profile";

    private ProfileNaming() {
    }

    /** Profile name to its effective section, in the order {@code aws configure list-profiles} prints. */
    static Map<String, ParsedSection> profiles(ParsedFile file, ProfileFileKind kind) {
        if (kind == ProfileFileKind.CREDENTIALS) {
            // Every named section, named as written, in file order: the parser's index already is that map.
            return Collections.unmodifiableMap(file.byName());
        }
        Map<String, ParsedSection> profiles = new LinkedHashMap<>();
        for (ParsedSection section : file.sections()) {
            String profile = section.isDefaults() ? null : configProfileName(section.name());
            if (profile != null) {
                profiles.put(profile, section);
            }
        }
        return profiles;
    }

    /** The profile a config section defines, or {@code null}. */
    static String configProfileName(String sectionName) {
        if (sectionName.startsWith(PROFILE_PREFIX)) {
            List<String> words = ShlexSplitter.split(sectionName);
            return words != null && words.size() == 2 ? words.get(1) : null;
        }
        return "default".equals(sectionName) ? sectionName : null;
    }

    /** The section name to write for a new profile, checked to read back as it; refused when no header can. */
    static String sectionNameFor(String profile, ProfileFileKind kind) {
        if (profile.isEmpty() || profile.indexOf('\n') >= 0 || profile.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("not a usable profile name: '" + profile + "'");
        }
        if (kind == ProfileFileKind.CREDENTIALS) {
            if (ProfileParser.DEFAULTS.equals(profile) || !profile.equals(PythonText.strip(profile))) {
                throw new IllegalArgumentException("a credentials section [" + profile
                        + "] would not be read as profile '" + profile + "'");
            }
            return profile;
        }
        if ("default".equals(profile)) {
            return profile;
        }
        String plain = new StringBuilder(PROFILE_PREFIX).append(' ').append(profile).toString();
        if (profile.equals(configProfileName(plain))) {
            return plain;
        }
        String quoted = new StringBuilder(PROFILE_PREFIX).append(" \"")
                .append(profile.replace("\\", "\\\\").replace("\"", "\\\"")).append('"').toString();
        if (profile.equals(configProfileName(quoted))) {
            return quoted;
        }
        throw new IllegalArgumentException("no config section header can name profile '" + profile + "'");
    }
}
