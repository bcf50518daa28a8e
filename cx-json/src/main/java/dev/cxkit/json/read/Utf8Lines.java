package dev.cxkit.json.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of UTF-8 bytes, ending in {@code \n}, {@code \r\n} or a lone {@code \r} (as
 * {@link LineReader} and Jackson's parsers count them), found and checked at the byte level
 * without decoding: each line is known to be empty, blank (only blank or invisible characters),
 * longer than the record limit, holding invalid UTF-8 (with the column of the first bad
 * sequence), or text that may be a record. A text line's bytes are served, one line at a time,
 * to a parser reading {@link #feed()}: the parser sees a line only after {@link #serve()}, and
 * the end of its input at the end of that line, so a record cannot run into the next line.
 *
 * <p>Memory is bounded: a line is held whole only up to {@code 3 * maxLength + 4} bytes (enough
 * for {@code maxLength} characters in any encoding); a longer line is scanned to its end in
 * pieces, counting its characters, and reported as too long. Characters are counted as
 * {@link Utf8Count} does (UTF-16 units, one U+FFFD per invalid sequence). Not thread-safe.
 */
final class Utf8Lines {

    /** What a line holds. */
    enum Kind {
        /** No characters: not a record, passed over. */
        EMPTY,
        /** Text that may be a record (or malformed JSON). */
        TEXT,
        /** Only blank or invisible characters ({@link String#isBlank()}). */
        BLANK,
        /** Invalid UTF-8, first at {@link #invalidColumn()}. */
        INVALID,
        /** More characters ({@link #length()}) than the record limit. */
        TOO_LONG
    }

    private static final int INITIAL_BYTES = 1 << 16;
    private static final byte LF = '\n';
    private static final byte CR = '\r';

    private final InputStream in;
    private final int maxLength;
    private final int maxBytes;
    private final Utf8Count count = new Utf8Count();
    private final InputStream feed = new Feed();
    private byte[] buffer = new byte[INITIAL_BYTES];
    private int start;
    private int end;
    private int next;
    private int limit;
    private int served;
    private int servedEnd;
    private boolean endOfInput;
    private long number;
    private long chars;
    private long length;
    private int invalidColumn;
    private long seen;
    private Kind kind = Kind.EMPTY;

    /** @param linesBefore the lines before the input's first, for numbering its lines */
    Utf8Lines(InputStream in, int maxLength, long linesBefore) {
        this.in = in;
        this.number = linesBefore;
        this.maxLength = maxLength;
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 16, 3L * maxLength + 4);
    }

    /**
     * Moves to the next line; false at the end of the input.
     *
     * @throws IOException when reading fails (a {@link CorruptInput} for broken compression)
     */
    boolean next() throws IOException {
        start = next;
        served = 0;
        servedEnd = 0;
        if (start == limit && !readMore()) {
            return false;
        }
        int at = start;
        seen = 0;
        while (true) {
            at = findTerminator(at);
            if (at < limit) {
                break;
            }
            if (at - start >= maxBytes) {
                skipLongLine(at);
                return true;
            }
            int offset = at - start;
            if (!readMore()) {
                at = limit;
                break;
            }
            at = start + offset;
        }
        end = at;
        number++;
        classify((seen & ByteWords.HIGH_BITS) != 0);
        passTerminator();
        return true;
    }

    /**
     * The index of the first CR or LF in {@code buffer[from..limit)}, or {@code limit}; the bytes
     * before it are or-ed into {@link #seen}. Eight bytes at a time ({@link ByteWords}): one test
     * finds the first byte up to CR, and only such a byte (a tab, another control character, or
     * the line's end) is looked at alone.
     */
    private int findTerminator(int from) {
        int at = from;
        long bits = 0;
        while (at + Long.BYTES <= limit) {
            long word = ByteWords.word(buffer, at);
            long controls = ByteWords.below(word, CR + 1);
            if (controls == 0) {
                bits |= word;
                at += Long.BYTES;
                continue;
            }
            int index = ByteWords.firstMarked(controls);
            bits |= word & ByteWords.before(index);
            byte control = buffer[at + index];
            if (control == LF || control == CR) {
                seen |= bits;
                return at + index;
            }
            at += index + 1;
        }
        for (; at < limit; at++) {
            byte b = buffer[at];
            if (b == '\n' || b == '\r') {
                break;
            }
            bits |= b;
        }
        seen |= bits;
        return at;
    }

    /** Sets {@link #next} after the line's terminator; a CR may need one more byte read. */
    private void passTerminator() throws IOException {
        next = end;
        chars += length;
        if (next == limit) {
            return;
        }
        chars++;
        if (buffer[next++] == '\r') {
            if (next == limit) {
                int offset = next - start;
                if (!readMore()) {
                    return;
                }
                next = start + offset;
            }
            if (buffer[next] == '\n') {
                next++;
                chars++;
            }
        }
    }

    private void classify(boolean nonAscii) {
        invalidColumn = 0;
        if (nonAscii) {
            count.reset();
            count.add(buffer, start, end);
            count.finish();
            length = count.chars();
            invalidColumn = count.firstInvalidColumn();
        } else {
            length = end - start;
        }
        if (length == 0) {
            kind = Kind.EMPTY;
        } else if (length > maxLength) {
            kind = Kind.TOO_LONG;
        } else if (invalidColumn > 0) {
            kind = Kind.INVALID;
        } else if (isBlank()) {
            kind = Kind.BLANK;
        } else {
            kind = Kind.TEXT;
        }
    }

    /** True when the line has only characters that {@link String#isBlank()} passes over. */
    private boolean isBlank() {
        int i = start;
        while (i < end && (buffer[i] == ' ' || buffer[i] == '\t')) {
            i++;
        }
        if (i == end) {
            return true;
        }
        return buffer[i] <= ' ' && text().isBlank();
    }

    /**
     * Passes a line of more than {@link #maxBytes} bytes, counting its characters in pieces
     * without holding them: a {@link Kind#TOO_LONG} line.
     */
    private void skipLongLine(int scanned) throws IOException {
        count.reset();
        int at = scanned;
        while (true) {
            if (at == limit) {
                count.add(buffer, start, at);
                start = limit;
                next = limit;
                if (!readMore()) {
                    at = limit;
                    break;
                }
                at = start;
            }
            byte b = buffer[at];
            if (b == '\n' || b == '\r') {
                count.add(buffer, start, at);
                break;
            }
            at++;
        }
        count.finish();
        end = at;
        number++;
        length = count.chars();
        invalidColumn = 0;
        kind = Kind.TOO_LONG;
        passTerminator();
    }

    /**
     * Reads more bytes, keeping the current line from {@link #start}: moves it to the buffer's
     * start and, when it fills the buffer, grows the buffer (never beyond {@link #maxBytes} and
     * a little). False at the end of the input.
     */
    private boolean readMore() throws IOException {
        if (endOfInput) {
            return false;
        }
        int kept = limit - start;
        if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min(2L * buffer.length, maxBytes + 16L));
        } else if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, kept);
        }
        next -= start;
        end -= start;
        start = 0;
        limit = kept;
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        limit += read;
        return true;
    }

    /** What the current line holds. */
    Kind kind() {
        return kind;
    }

    /** The current line's 1-based number. */
    long number() {
        return number;
    }

    /** Characters of the current line, without its terminator. */
    long length() {
        return length;
    }

    /** Characters read so far, terminators included. */
    long offset() {
        return chars;
    }

    /** The 1-based column of the first invalid UTF-8 sequence of an {@link Kind#INVALID} line. */
    int invalidColumn() {
        return invalidColumn;
    }

    /** The current line's text, without its terminator; not for a {@link Kind#TOO_LONG} line. */
    String text() {
        return new String(buffer, start, end - start, StandardCharsets.UTF_8);
    }

    /** {@return the buffer holding the current line, from {@link #from()} to {@link #to()}} */
    byte[] bytes() {
        return buffer;
    }

    /** {@return the index of the current line's first byte in {@link #bytes()}} */
    int from() {
        return start;
    }

    /** {@return the index after the current line's last byte (before its terminator)} */
    int to() {
        return end;
    }

    /** Lets the parser reading {@link #feed()} read the current line, terminator included. */
    void serve() {
        served = start;
        servedEnd = next;
    }

    /**
     * True when what the parser has not been served of the current line is JSON whitespace
     * (blanks and the terminator).
     */
    boolean restIsBlank() {
        return isJsonBlank(buffer, served, servedEnd);
    }

    /** True when {@code bytes[from..to)} are all JSON whitespace: space, tab, CR, LF. */
    static boolean isJsonBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The bytes of the current line after {@link #serve()}, then the end of the input. */
    InputStream feed() {
        return feed;
    }

    /** The underlying input's {@code close}. */
    void close() throws IOException {
        in.close();
    }

    /** Serves the current line; closing it leaves the input open. */
    private final class Feed extends InputStream {
        @Override
        public int read() {
            return served < servedEnd ? buffer[served++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            int available = servedEnd - served;
            if (available <= 0) {
                return -1;
            }
            int count = Math.min(available, length);
            System.arraycopy(buffer, served, into, offset, count);
            served += count;
            return count;
        }
    }
}
