package dev.awsmfa.profile;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lossless model of one AWS profile file (credentials or config): every line kept with its raw
 * text and line ending, so that {@code parse(f).toBytes()} equals {@code f} byte for byte, and an
 * edit changes only the bytes of the section it touches. Reading follows botocore's rules; files
 * the AWS CLI refuses are refused here too. Immutable: edits return a new document.
 */
public final class ProfileDocument {

    /**
     * Parses a file's bytes.
     *
     * @param fileName shown in error messages ({@code /home/u/.aws/credentials:12: ...})
     * @throws ProfileFileException when the AWS CLI would refuse the file
     */
    public static ProfileDocument parse(String fileName, byte[] content, ProfileFileKind kind) {
        throw new UnsupportedOperationException("in progress");
    }

    /** A document for a file that does not exist yet. */
    public static ProfileDocument empty(String fileName, ProfileFileKind kind) {
        throw new UnsupportedOperationException("in progress");
    }

    public ProfileFileKind kind() {
        throw new UnsupportedOperationException("in progress");
    }

    public String fileName() {
        throw new UnsupportedOperationException("in progress");
    }

    /** The exact bytes of the document. */
    public byte[] toBytes() {
        throw new UnsupportedOperationException("in progress");
    }

    /** Raw section names in file order. */
    public List<String> sectionNames() {
        throw new UnsupportedOperationException("in progress");
    }

    /** Profile names in file order, as {@code aws configure list-profiles} sees this file. */
    public List<String> profileNames() {
        throw new UnsupportedOperationException("in progress");
    }

    /** The section of a profile ({@code [name]} in credentials; {@code [profile name]}/{@code [default]} in config). */
    public Optional<ProfileSection> profile(String profileName) {
        throw new UnsupportedOperationException("in progress");
    }

    /** A section by its raw name ({@code sso-session corp}, {@code services local}). */
    public Optional<ProfileSection> section(String rawName) {
        throw new UnsupportedOperationException("in progress");
    }

    /**
     * Sets keys of one profile's section; a {@code null} value removes the key. Existing keys keep
     * their line (only the value part is rewritten, the key written in lower case, continuation
     * lines dropped); missing keys are appended after the section's last option, in map order; a
     * missing section is appended at the end of the file after one blank line. Every byte outside
     * that section is unchanged.
     */
    public ProfileDocument withProfileValues(String profileName, Map<String, String> values) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Removes one profile's section (header, options, and the comments/blank lines inside it). */
    public ProfileDocument withoutProfile(String profileName) {
        throw new UnsupportedOperationException("in progress");
    }

    /**
     * What botocore's {@code raw_config_parse(file, parse_subsections=True)} returns: section name
     * to key to value, where a nested block's value is a {@code Map<String, String>}.
     */
    public Map<String, Map<String, Object>> botocoreView() {
        throw new UnsupportedOperationException("in progress");
    }
}
