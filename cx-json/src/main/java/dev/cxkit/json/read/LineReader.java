package dev.cxkit.json.read;

import java.io.IOException;
import java.io.Reader;
import java.util.OptionalLong;

/**
 * Reads lines ending in {@code \n}, {@code \r\n} or a lone {@code \r} (as Jackson's parsers
 * count lines, so every format numbers lines alike), holding at most
 * {@code maxLength} characters of one line: a longer line is scanned to its end and reported
 * as too long, never buffered whole. Not thread-safe.
 */
final class LineReader {

    private static final int BUFFER_CHARS = 1 << 14;

    private final Reader in;
    private final InvalidUtf8 invalid;
    private final int maxLength;
    private final char[] buffer = new char[BUFFER_CHARS];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private long offset;
    private long number;
    private long length;
    private boolean tooLong;
    private boolean afterCarriageReturn;
    private OptionalLong invalidColumn = OptionalLong.empty();

    LineReader(Reader in, InvalidUtf8 invalid, int maxLength) {
        this.in = in;
        this.invalid = invalid;
        this.maxLength = maxLength;
    }

    /** Moves to the next line; false at the end of the input. */
    boolean next() throws IOException {
        line.setLength(0);
        length = 0;
        tooLong = false;
        if (!skipLineFeed()) {
            return false;
        }
        long start = offset;
        boolean started = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!started) {
                    return false;
                }
                break;
            }
            started = true;
            int end = indexOfLineEnd();
            int stop = end < 0 ? limit : end;
            append(position, stop);
            offset += stop - position + (end < 0 ? 0 : 1);
            position = end < 0 ? limit : end + 1;
            if (end >= 0) {
                afterCarriageReturn = buffer[end] == '\r';
                break;
            }
        }
        number++;
        if (line.length() > maxLength) {
            tooLong = true;
            line.setLength(0);
        }
        invalidColumn =
                invalid.takeBefore(offset).stream().map(at -> at - start + 1).findFirst();
        return true;
    }

    /** Passes the {@code \n} of a {@code \r\n}; false at the end of the input. */
    private boolean skipLineFeed() throws IOException {
        if (position == limit && !fill()) {
            return false;
        }
        if (afterCarriageReturn && buffer[position] == '\n') {
            position++;
            offset++;
        }
        afterCarriageReturn = false;
        return true;
    }

    private boolean fill() throws IOException {
        int count = in.read(buffer);
        if (count < 0) {
            return false;
        }
        position = 0;
        limit = count;
        return true;
    }

    private int indexOfLineEnd() {
        for (int i = position; i < limit; i++) {
            char c = buffer[i];
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    private void append(int from, int to) {
        length += to - from;
        if (tooLong) {
            return;
        }
        if (line.length() + (to - from) > maxLength + 1) {
            tooLong = true;
            line.setLength(0);
        } else {
            line.append(buffer, from, to - from);
        }
    }

    /** The current line's text, without its terminator; only when not {@link #tooLong()}. */
    String text() {
        return line.toString();
    }

    /** True when the current line is longer than the limit. */
    boolean tooLong() {
        return tooLong;
    }

    /** Characters in the current line, without its line end. */
    long length() {
        return length;
    }

    /** The current line's 1-based number. */
    long number() {
        return number;
    }

    /** Characters read so far. */
    long offset() {
        return offset;
    }

    /** The 1-based column of the first invalid UTF-8 in the current line, if any. */
    OptionalLong invalidColumn() {
        return invalidColumn;
    }

    void close() throws IOException {
        in.close();
    }
}
