package dev.awsmfa.profile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lossless, immutable model of one AWS profile file: every line kept with its ending, so that
 * {@code parse(f).toBytes()} equals {@code f} byte for byte and an edit (a new document) changes only the
 * bytes of the section it touches. Read by botocore's rules: what the AWS CLI refuses is refused here too.
 */
public final class ProfileDocument {
    private final String fileName;
    private final ProfileFileKind kind;
    private final ParsedFile parsed;
    private final Map<String, ParsedSection> profiles;
    private final boolean missing;

    private ProfileDocument(String fileName, ProfileFileKind kind, ParsedFile parsed, boolean missing) {
        this.fileName = fileName;
        this.kind = kind;
        this.parsed = parsed;
        this.profiles = ProfileNaming.profiles(parsed, kind);
        this.missing = missing;
    }

    /** @throws ProfileFileException {@code fileName:line: ...} when the AWS CLI would refuse the file */
    public static ProfileDocument parse(String fileName, byte[] content, ProfileFileKind kind) {
        return new ProfileDocument(fileName, kind, ProfileParser.parse(fileName, TextLines.decode(fileName, content)),
                false);
    }

    public static ProfileDocument empty(String fileName, ProfileFileKind kind) {
        return parse(fileName, new byte[0], kind);
    }

    /** The document of a file that does not exist: empty, and saying so, so that messages can name the missing file. */
    public static ProfileDocument missing(String fileName, ProfileFileKind kind) {
        return new ProfileDocument(fileName, kind, ProfileParser.parse(fileName, TextLines.of("")), true);
    }

    /** Whether the file did not exist when read (an edit of it is a file to create). */
    public boolean isMissing() {
        return missing;
    }

    public ProfileFileKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    /** Encoded again, not kept: strict UTF-8 encodes back to the same bytes, and a copy would double the memory. */
    public byte[] toBytes() {
        return parsed.lines().text().getBytes(StandardCharsets.UTF_8);
    }

    /** Profile names in file order, as {@code aws configure list-profiles} sees this file. */
    public List<String> profileNames() {
        return List.copyOf(profiles.keySet());
    }

    /** The section of a profile ({@code [name]} in credentials; {@code [profile name]}/{@code [default]} in config). */
    public Optional<ProfileSection> profile(String profileName) {
        return view(profiles.get(profileName));
    }

    /** A section by its raw name ({@code sso-session corp}, {@code services local}). */
    public Optional<ProfileSection> section(String rawName) {
        return view(parsed.byName().get(rawName));
    }

    private Optional<ProfileSection> view(ParsedSection section) {
        return section == null ? Optional.empty() : Optional.of(new ProfileSection(section, parsed.defaults()));
    }

    /**
     * Sets keys of one profile's section ({@code null} removes one): an existing key keeps its line (the value
     * rewritten, the key lower-cased, continuation lines dropped), new keys follow the section's last option in
     * map order, a new section ends the file after a blank line; no byte outside the section changes. Refuses
     * ({@link IllegalArgumentException}) what cannot be a plain {@code key = value} line or a section header.
     */
    public ProfileDocument withProfileValues(String profileName, Map<String, String> values) {
        Map<String, String> checked = ValueRules.checked(values);
        ParsedSection section = profiles.get(profileName);
        ProfileEditor editor = new ProfileEditor(parsed.lines());
        String text;
        if (section != null) {
            text = editor.withValues(section, checked);
        } else if (ValueRules.setsAny(checked)) {
            text = editor.withNewSection(ProfileNaming.sectionNameFor(profileName, kind), checked);
        } else {
            return this;
        }
        ProfileDocument edited = reparse(text);
        edited.requireValues(profileName, checked);
        return edited;
    }

    /** Removes one profile's section (header, options, and the comments/blank lines inside it). */
    public ProfileDocument withoutProfile(String profileName) {
        List<ParsedSection> sections = new ArrayList<>();
        for (ParsedSection section : parsed.sections()) {
            if (!section.isDefaults() && profileName.equals(kind == ProfileFileKind.CREDENTIALS ? section.name()
                    : ProfileNaming.configProfileName(section.name()))) {
                sections.add(section);
            }
        }
        if (sections.isEmpty()) {
            return this;
        }
        return reparse(new ProfileEditor(parsed.lines()).without(sections));
    }

    /** botocore's {@code raw_config_parse(file, parse_subsections=True)}: a nested block's value is a map. */
    public Map<String, Map<String, Object>> botocoreView() {
        return BotocoreView.raw(parsed);
    }

    private ProfileDocument reparse(String text) {
        return new ProfileDocument(fileName, kind, ProfileParser.parse(fileName, TextLines.of(text)), false);
    }

    /** Guards the editor: the edited section must read back with exactly the values written. */
    private void requireValues(String profileName, Map<String, String> expected) {
        ParsedSection section = profiles.get(profileName);
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            ParsedOption option = section != null ? section.options().get(entry.getKey()) : null;
            boolean asWritten = entry.getValue() == null ? option == null
                    : option != null && option.nested() == null && entry.getValue().equals(option.value());
            if (!asWritten) {
                throw new IllegalArgumentException("profile '" + profileName + "' would not read back key '"
                        + entry.getKey() + "' as written");
            }
        }
    }
}
