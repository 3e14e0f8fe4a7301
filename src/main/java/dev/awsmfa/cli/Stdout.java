package dev.awsmfa.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The process's stdout as a {@link PrintWriter} (auto-flushing, encoding text in the platform's
 * charset) that also takes UTF-8 bytes as they are whenever that charset would write the same
 * bytes: a large output then skips a decode and an encode.
 */
final class Stdout extends PrintWriter {
    private final PrintStream stream;
    private final Charset charset;

    Stdout(PrintStream stream, Charset charset) {
        super(new OutputStreamWriter(stream, charset), true);
        this.stream = stream;
        this.charset = charset;
    }

    /**
     * The stream under this writer, flushed of any text printed before, when this charset would
     * write UTF-8 text as it is; {@code null} when it would encode it to other bytes, and the
     * caller prints text instead. Like this writer, the stream keeps an I/O error to itself (a
     * closed pipe is no crash).
     *
     * @param ascii whether the text is all ASCII, which every charset awsmfa may meet here writes as is
     */
    OutputStream utf8(boolean ascii) {
        boolean asIs = StandardCharsets.UTF_8.equals(charset)
                || ascii && (StandardCharsets.US_ASCII.equals(charset) || StandardCharsets.ISO_8859_1.equals(charset));
        if (!asIs) {
            return null;
        }
        flush();
        return stream;
    }
}
