package dev.awsmfa.mfa;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Optional;

/** Reads a line byte by byte (a code is a few bytes), consuming nothing after it: the rest stays for a later child. */
final class LineReading {
    /** Far more than any code; the rest of an absurdly long line is read but not kept. */
    private static final int MAX_KEPT_BYTES = 4096;

    private LineReading() {
    }

    /** The line without {@code \n} or {@code \r\n}, decoded in {@code charset}; empty when input ends before any byte. */
    static Optional<String> readLine(InputStream in, Charset charset) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b = in.read();
        if (b < 0) {
            return Optional.empty();
        }
        while (b >= 0 && b != '\n') {
            if (line.size() < MAX_KEPT_BYTES) {
                line.write(b);
            }
            b = in.read();
        }
        String text = line.toString(charset);
        return Optional.of(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
    }
}
