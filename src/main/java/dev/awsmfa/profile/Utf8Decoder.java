package dev.awsmfa.profile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bytes to text as the AWS CLI takes them: strict UTF-8, no BOM (Python reads it as a character before the header). */
final class Utf8Decoder {
    private Utf8Decoder() {
    }

    static String decode(String fileName, byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            throw new ProfileFileException(fileName, 1, "the file starts with a UTF-8 byte order mark (BOM), "
                    + "which the AWS CLI refuses (it then sees no section header); save it as UTF-8 without BOM");
        }
        if (isAscii(bytes)) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw invalid(fileName, bytes, in.position());
        }
        return out.flip().toString();
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static ProfileFileException invalid(String fileName, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            boolean lf = bytes[i] == '\n';
            boolean loneCr = bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n');
            if (lf || loneCr) {
                line++;
                lineStart = i + 1;
            }
        }
        return new ProfileFileException(fileName, line, String.format(
                "byte 0x%02X at column %d is not valid UTF-8, so the AWS CLI refuses this file too; "
                        + "re-save it as UTF-8 (it was probably saved as Latin-1 or Windows-1252)",
                bytes[offset] & 0xff, offset - lineStart + 1));
    }
}
