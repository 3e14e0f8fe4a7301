package dev.awsmfa.session;

import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileFileKind;

/**
 * One AWS file's bytes as read, before parsing: {@code null} bytes for a file that does not exist
 * (an empty document, as the AWS CLI reads it).
 */
public final class FileContent {
    private final String fileName;
    private final ProfileFileKind kind;
    private final byte[] bytes;

    FileContent(String fileName, ProfileFileKind kind, byte[] bytes) {
        this.fileName = fileName;
        this.kind = kind;
        this.bytes = bytes;
    }

    public String fileName() {
        return fileName;
    }

    /** Parses the content; a missing file is an empty document. */
    public ProfileDocument document() {
        return bytes == null ? ProfileDocument.empty(fileName, kind) : ProfileDocument.parse(fileName, bytes, kind);
    }

    /** See {@link Fingerprint}: equal for the same path with the same bytes. */
    public String fingerprint() {
        return Fingerprint.of(fileName, bytes);
    }

    /** Without the content, which holds secrets. */
    @Override
    public String toString() {
        return "FileContent[" + fileName + (bytes == null ? ", missing" : ", " + bytes.length + " bytes") + "]";
    }
}
