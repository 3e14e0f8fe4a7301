package dev.awsmfa.cli;

import dev.awsmfa.session.StoredSession;
import dev.awsmfa.session.TimeDisplay;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * The output of {@code awsmfa list} as made from the files, in UTF-8, with a hole wherever a
 * session's validity goes: the only part that depends on the time of the run. Made once, it can be
 * kept (see {@link ListingCache}) and filled in at each run for a few microseconds a row, where
 * making it means parsing both files. Bytes, not text: a kept listing of megabytes then goes from
 * the cache file to stdout without being decoded or encoded.
 */
final class Listing {
    /** The table's VALID cell: {@code yes (2 h 05 min left)} or {@code expired}. */
    static final byte VALIDITY = 0;
    /** JSON {@code true} or {@code false}. */
    static final byte JSON_VALID = 1;
    /** JSON whole seconds left, 0 once expired. */
    static final byte JSON_REMAINING = 2;
    private static final int KINDS = 3;
    private static final byte[] EXPIRED = ascii("expired");
    private static final byte[] YES = ascii("yes (");
    private static final byte[] LEFT = ascii(" left)");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    private static final int HOLE_BYTES = 4 + 1 + 8 + 4;

    /** The fixed text, read once, in order, as the holes are filled in. */
    private final InputStream fixed;
    private final int fixedLength;
    private final boolean ascii;
    private final int[] at;
    private final byte[] kinds;
    private final long[] seconds;
    private final int[] nanos;
    private final int holes;
    /** Only to {@link #encode} a listing just made; {@code null} for a kept one. */
    private final byte[] fixedBytes;

    private Listing(InputStream fixed, int fixedLength, boolean ascii, int holes, byte[] fixedBytes) {
        this.fixed = fixed;
        this.fixedLength = fixedLength;
        this.ascii = ascii;
        this.holes = holes;
        this.fixedBytes = fixedBytes;
        int capacity = Math.max(holes, 1);
        at = new int[capacity];
        kinds = new byte[capacity];
        seconds = new long[capacity];
        nanos = new int[capacity];
    }

    /** Whether every byte is ASCII, so that any ASCII-compatible charset prints it as is. */
    boolean isAscii() {
        return ascii;
    }

    /**
     * Writes the output at {@code now} in UTF-8, in pieces of at most 64 KiB. Once only: the
     * fixed text is read as it is written.
     */
    void writeTo(OutputStream out, Instant now) throws IOException {
        Output output = new Output(out);
        long nowSecond = now.getEpochSecond();
        int nowNano = now.getNano();
        try (InputStream in = fixed) {
            int from = 0;
            for (int i = 0; i < holes; i++) {
                output.copy(in, at[i] - from);
                fill(output, i, nowSecond, nowNano);
                from = at[i];
            }
            output.copy(in, fixedLength - from);
        }
        output.flush();
    }

    // A method per hole: under C1 a method is compiled after a few hundred calls, a loop body only
    // after ~60,000 turns, so thousands of sessions would be filled in interpreted.
    private void fill(Output out, int hole, long nowSecond, int nowNano) throws IOException {
        long left = secondsLeft(seconds[hole], nanos[hole], nowSecond, nowNano);
        if (kinds[hole] == VALIDITY) {
            if (left < 0) {
                out.ascii(EXPIRED);
            } else {
                out.ascii(YES);
                byte[] text = out.room(TimeDisplay.DURATION_LENGTH);
                out.used = TimeDisplay.writeDuration(text, out.used, left);
                out.ascii(LEFT);
            }
        } else if (kinds[hole] == JSON_VALID) {
            out.ascii(left < 0 ? FALSE : TRUE);
        } else {
            byte[] text = out.room(TimeDisplay.NUMBER_LENGTH);
            out.used = TimeDisplay.writeNumber(text, out.used, Math.max(left, 0));
        }
    }

    /**
     * What {@link StoredSession#timeLeft} gives in whole seconds (rounded down), or -1 once it is
     * zero: the same arithmetic on plain numbers, as it runs once per session of a listing of
     * thousands (Duration's checked arithmetic was most of the time it took to fill one in).
     */
    static long secondsLeft(long expirationSecond, int expirationNano, long nowSecond, int nowNano) {
        long second = expirationSecond - nowSecond;
        int nano = expirationNano - nowNano;
        if (nano < 0) {
            second--;
            nano += 1_000_000_000;
        }
        return second < 0 || second == 0 && nano == 0 ? -1 : second;
    }

    /** The listing as bytes for {@link #decode}: the holes first, so that the text can stream after them. */
    byte[] encode() {
        ByteBuffer bytes = ByteBuffer.allocate(1 + 4 + holes * HOLE_BYTES + 4 + fixedLength);
        bytes.put((byte) (ascii ? 1 : 0)).putInt(holes);
        for (int i = 0; i < holes; i++) {
            bytes.putInt(at[i]).put(kinds[i]).putLong(seconds[i]).putInt(nanos[i]);
        }
        return bytes.putInt(fixedLength).put(fixedBytes, 0, fixedLength).array();
    }

    /**
     * A listing from {@link #encode}'s bytes, {@code length} of them: reads the holes now and
     * keeps the stream, positioned at the text, for {@link #writeTo}, which closes it.
     *
     * @throws IOException when the stream ends early
     * @throws IllegalArgumentException (or another runtime exception) for bytes it did not write
     */
    static Listing decode(InputStream in, long length) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte flags = data.readByte();
        int holes = data.readInt();
        if (flags < 0 || flags > 1 || holes < 0 || 1 + 4 + holes * (long) HOLE_BYTES + 4 > length) {
            throw new IllegalArgumentException("not an encoded listing");
        }
        byte[] table = new byte[holes * HOLE_BYTES];
        data.readFully(table);
        int fixedLength = data.readInt();
        if (1 + 4 + table.length + 4 + (long) fixedLength != length) {
            throw new IllegalArgumentException("not an encoded listing");
        }
        Listing listing = new Listing(in, fixedLength, flags == 1, holes, null);
        int previous = 0;
        for (int i = 0; i < holes; i++) {
            previous = listing.read(table, i, previous);
        }
        return listing;
    }

    /** Reads hole {@code hole} of the table; by hand rather than through a buffer, in one method C1 compiles early. */
    private int read(byte[] table, int hole, int previous) {
        int offset = hole * HOLE_BYTES;
        int position = (int) bigEndian(table, offset, 4);
        byte kind = table[offset + 4];
        long epochSecond = bigEndian(table, offset + 5, 8);
        int nano = (int) bigEndian(table, offset + 13, 4);
        if (position < previous || position > fixedLength || kind < 0 || kind >= KINDS
                || epochSecond < Instant.MIN.getEpochSecond() || epochSecond > Instant.MAX.getEpochSecond()
                || nano < 0 || nano > 999_999_999) {
            throw new IllegalArgumentException("not an encoded listing");
        }
        at[hole] = position;
        kinds[hole] = kind;
        seconds[hole] = epochSecond;
        nanos[hole] = nano;
        return position;
    }

    private static long bigEndian(byte[] bytes, int offset, int count) {
        long value = 0;
        for (int i = 0; i < count; i++) {
            value = value << 8 | (bytes[offset + i] & 0xff);
        }
        return count == 4 ? (int) value : value;
    }

    /** Collects output in a buffer of 64 KiB and writes it out whenever that is full. */
    private static final class Output {
        private final OutputStream out;
        private final byte[] buffer = new byte[64 * 1024];
        int used;

        Output(OutputStream out) {
            this.out = out;
        }

        /** Copies {@code count} bytes of the stream. */
        void copy(InputStream in, int count) throws IOException {
            for (int left = count; left > 0; ) {
                if (used == buffer.length) {
                    flush();
                }
                int read = in.read(buffer, used, Math.min(left, buffer.length - used));
                if (read < 0) {
                    throw new EOFException("the listing's text ends early");
                }
                used += read;
                left -= read;
            }
        }

        /** The buffer, with room for {@code count} more bytes after {@link #used}. */
        byte[] room(int count) throws IOException {
            if (used + count > buffer.length) {
                flush();
            }
            return buffer;
        }

        void ascii(byte[] text) throws IOException {
            byte[] into = room(text.length);
            System.arraycopy(text, 0, into, used, text.length);
            used += text.length;
        }

        void flush() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Writes a listing: text in order, with {@link #live} holes between. */
    static final class Builder {
        private final StringBuilder text;
        private int[] at;
        private byte[] kinds;
        private Instant[] expirations;
        private int holes;

        Builder(int expectedLength, int expectedHoles) {
            text = new StringBuilder(expectedLength);
            int capacity = Math.max(expectedHoles, 4);
            at = new int[capacity];
            kinds = new byte[capacity];
            expirations = new Instant[capacity];
        }

        /** Where the fixed text is written; append to it between holes. */
        StringBuilder text() {
            return text;
        }

        /** A hole here, filled in at each run from the session's expiration. */
        void live(byte kind, Instant expiration) {
            if (holes == at.length) {
                at = Arrays.copyOf(at, holes * 2);
                kinds = Arrays.copyOf(kinds, holes * 2);
                expirations = Arrays.copyOf(expirations, holes * 2);
            }
            at[holes] = text.length();
            kinds[holes] = kind;
            expirations[holes++] = expiration;
        }

        Listing build() {
            String whole = text.toString();
            byte[] utf8 = whole.getBytes(StandardCharsets.UTF_8);
            // One byte a character means all ASCII: the holes' character offsets are byte offsets.
            boolean ascii = utf8.length == whole.length();
            Listing listing = new Listing(new ByteArrayInputStream(utf8), utf8.length, ascii, holes, utf8);
            int bytesBefore = 0;
            int from = 0;
            for (int i = 0; i < holes; i++) {
                bytesBefore += ascii ? at[i] - from : utf8Length(whole, from, at[i]);
                from = at[i];
                listing.at[i] = bytesBefore;
                listing.kinds[i] = kinds[i];
                listing.seconds[i] = expirations[i].getEpochSecond();
                listing.nanos[i] = expirations[i].getNano();
            }
            return listing;
        }

        private static int utf8Length(String text, int from, int to) {
            return text.substring(from, to).getBytes(StandardCharsets.UTF_8).length;
        }
    }
}
