package dev.cxkit.json.read;

import dev.cxkit.json.read.CxDataException.Scope;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds the rows and cells of RFC 4180 CSV in UTF-8 bytes, as Jackson's CSV parser reads them,
 * without decoding what no one asks for: a cell that starts with a quote runs to the quote that
 * is not doubled and holds line ends; a quote inside an unquoted cell is an ordinary character;
 * rows end at {@code \n}, {@code \r\n} or a lone {@code \r}, and lines are counted alike inside
 * quoted cells. A quoted cell followed by anything but a comma or a line end, or still open at
 * the end of the input, ends the input with a problem naming its line and column.
 *
 * <p>A row is held in the buffer while it is read: up to {@code maxRecordLength} characters
 * (at most 3 bytes each); a longer row is scanned to its end without being held and reported
 * as too long. Its characters are counted (a 4-byte sequence counts 2, as in Java) and its
 * UTF-8 is checked only when it holds a byte above 127. Not thread-safe.
 */
final class CsvScanner {

    /** Thrown by a scanner of a part of a file that ends inside a quoted cell. */
    static final class PartEndsInQuotes extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PartEndsInQuotes() {
            super("a part of the file ends inside a quoted cell", null, false, false);
        }
    }

    private static final int BUFFER_BYTES = 1 << 16;
    private static final byte QUOTE = '"';
    private static final byte COMMA = ',';
    private static final byte LF = '\n';
    private static final byte CR = '\r';

    private final InputStream in;
    private final int maxRecordLength;
    private final int maxStringLength;
    private final int maxRowBytes;
    private final long maxDocumentLength;
    private final boolean part;
    private byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    private boolean endOfInput;
    private long line;
    private long lineStartOffset;
    private long bufferOffset;
    private long charsBefore;

    private int rowStart;
    private long rowLine;
    private int[] cellStarts = new int[16];
    private int[] cellEnds = new int[16];
    private boolean[] quoted = new boolean[16];
    private int cells;
    private boolean nonAscii;
    /** The row was longer than the buffer may grow, and its bytes were dropped. */
    private boolean dropped;

    private boolean tooLong;
    private long rowChars;
    private int terminator;
    private int rowEnd;
    private final Utf8Count utf8 = new Utf8Count();

    /**
     * A scanner of {@code in}, whose first line is numbered {@code linesBefore + 1}.
     *
     * @param part true when {@code in} is a part of a file cut at a row start by a guess: the
     *     end of the part inside a quoted cell is then a {@link PartEndsInQuotes}, not a problem
     */
    CsvScanner(InputStream in, ReadLimits limits, long linesBefore, boolean part) {
        this.in = in;
        this.maxRecordLength = limits.maxRecordLength();
        this.maxStringLength = limits.maxStringLength();
        this.maxRowBytes = (int) Math.min(Integer.MAX_VALUE - 16, 3L * maxRecordLength + 3);
        this.maxDocumentLength = limits.maxDocumentLength();
        this.part = part;
        this.line = linesBefore + 1;
    }

    /**
     * Moves to the next row; false at the end of the input. An empty line is a row of one empty
     * cell.
     *
     * @throws BadRecord for broken quoting or a document over its limit, ending the input
     */
    boolean next() throws IOException {
        if (position == limit && !fill()) {
            return false;
        }
        startRow();
        int cellStart = 0;
        int quoteEnd = 0;
        boolean blanksOnly = true;
        boolean inQuotes = false;
        boolean afterQuote = false;
        while (true) {
            if (position == limit) {
                int held = position - rowStart;
                if (!more()) {
                    if (inQuotes) {
                        throw unclosedQuote();
                    }
                    endCell(cellStart, afterQuote ? quoteEnd : held, afterQuote);
                    rowEnd = held;
                    break;
                }
                continue;
            }
            byte b = buffer[position];
            if (inQuotes) {
                position++;
                if (b == QUOTE) {
                    inQuotes = false;
                    afterQuote = true;
                    quoteEnd = position - rowStart;
                } else if (b == LF || b == CR) {
                    lineEnd(b);
                } else if (b < 0) {
                    nonAscii = true;
                }
                continue;
            }
            if (afterQuote && b != COMMA && b != LF && b != CR) {
                if (b == QUOTE && position - rowStart == quoteEnd) {
                    inQuotes = true;
                } else if (!isBlank(b)) {
                    throw unexpectedAfterQuote();
                }
                position++;
                continue;
            }
            if (b == COMMA) {
                endCell(cellStart, afterQuote ? quoteEnd : position - rowStart, afterQuote);
                position++;
                cellStart = position - rowStart;
                blanksOnly = true;
                afterQuote = false;
                continue;
            }
            if (b == LF || b == CR) {
                endCell(cellStart, afterQuote ? quoteEnd : position - rowStart, afterQuote);
                rowEnd = position - rowStart;
                position++;
                terminator = lineEnd(b);
                break;
            }
            if (blanksOnly && b == QUOTE) {
                inQuotes = true;
                cellStart = position - rowStart;
                blanksOnly = false;
                position++;
            } else if (blanksOnly && isBlank(b)) {
                position++;
            } else {
                blanksOnly = false;
                position = unquoted(position);
            }
        }
        finishRow();
        return true;
    }

    /**
     * Passes the bytes of an unquoted cell from {@code from} up to a comma, a line end or the
     * end of the buffer, noting bytes above 127; returns where it stopped.
     */
    private int unquoted(int from) {
        byte[] bytes = buffer;
        int end = limit;
        int i = from;
        int high = 0;
        while (i < end) {
            byte b = bytes[i];
            if (b == COMMA || b == LF || b == CR) {
                break;
            }
            high |= b;
            i++;
        }
        if (high < 0) {
            nonAscii = true;
        }
        return i;
    }

    /** A character Jackson's parser passes over before an opening and after a closing quote. */
    private static boolean isBlank(byte b) {
        return b >= 0 && b <= ' ' && b != LF && b != CR;
    }

    private void startRow() {
        rowStart = position;
        rowLine = line;
        cells = 0;
        nonAscii = false;
        tooLong = false;
        dropped = false;
        terminator = 0;
    }

    /**
     * Counts the line end {@code b} just passed, passing the {@code \n} of a {@code \r\n} too;
     * returns the characters of the line end, 1 or 2.
     */
    private int lineEnd(byte b) throws IOException {
        int length = 1;
        if (b == CR && (position < limit || more()) && buffer[position] == LF) {
            position++;
            length = 2;
        }
        line++;
        lineStartOffset = bufferOffset + position;
        return length;
    }

    private void endCell(int start, int end, boolean cellQuoted) {
        if (dropped) {
            return;
        }
        if (cells == cellStarts.length) {
            int size = cells * 2;
            cellStarts = Arrays.copyOf(cellStarts, size);
            cellEnds = Arrays.copyOf(cellEnds, size);
            quoted = Arrays.copyOf(quoted, size);
        }
        cellStarts[cells] = start;
        cellEnds[cells] = end;
        quoted[cells] = cellQuoted;
        cells++;
    }

    private void finishRow() {
        if (!dropped) {
            rowChars = nonAscii ? chars(rowStart, rowStart + rowEnd) : rowEnd;
            tooLong = rowChars > maxRecordLength;
        }
        charsBefore += rowChars + terminator;
        if (maxDocumentLength >= 0 && charsBefore > maxDocumentLength) {
            throw BadRecord.of(
                    Scope.RECORD_AND_REST,
                    rowLine,
                    OptionalInt.empty(),
                    "input is longer than the maximum document length of " + maxDocumentLength
                            + " characters");
        }
    }

    /**
     * Reads more input while a row is in progress, keeping the row in the buffer unless it is
     * longer than a record may be; false at the end of the input.
     */
    private boolean more() throws IOException {
        int held = position - rowStart;
        if (held > maxRowBytes && !dropped) {
            dropped = true;
            tooLong = true;
            rowChars = held;
        }
        if (dropped) {
            bufferOffset += position;
            rowStart = 0;
            position = 0;
            limit = 0;
        } else if (rowStart > 0) {
            System.arraycopy(buffer, rowStart, buffer, 0, limit - rowStart);
            bufferOffset += rowStart;
            position -= rowStart;
            limit -= rowStart;
            rowStart = 0;
        } else if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min(2L * buffer.length, maxRowBytes + 16L));
        }
        return read();
    }

    private boolean fill() throws IOException {
        bufferOffset += limit;
        position = 0;
        limit = 0;
        return read();
    }

    private boolean read() throws IOException {
        if (endOfInput) {
            return false;
        }
        int count = in.read(buffer, limit, buffer.length - limit);
        if (count < 0) {
            endOfInput = true;
            return false;
        }
        limit += count;
        return true;
    }

    private BadRecord unclosedQuote() {
        if (part) {
            throw new PartEndsInQuotes();
        }
        return syntax("not valid CSV: a quoted cell has no closing quote", column(position));
    }

    private BadRecord unexpectedAfterQuote() {
        int end = position + 1;
        while (end < limit && (buffer[end] & 0xC0) == 0x80) {
            end++;
        }
        String found = new String(buffer, position, end - position, StandardCharsets.UTF_8);
        return syntax(
                "not valid CSV: a quoted cell must be followed by a comma or the end of the "
                        + "line, found '" + found + "'",
                column(end));
    }

    /** The 1-based column, as Jackson counts it, of the character ending at {@code at}. */
    private int column(int at) {
        long from = lineStartOffset - bufferOffset;
        int start = (int) Math.max(from, 0);
        return chars(start, at) + 1;
    }

    private BadRecord syntax(String reason, int column) {
        return new BadRecord(
                Scope.RECORD_AND_REST,
                line,
                OptionalInt.of(column),
                Optional.empty(),
                Optional.empty(),
                reason,
                null);
    }

    /** The 1-based line where the current row starts. */
    long line() {
        return rowLine;
    }

    /** Cells in the current row; not to be read when {@link #dropped()}. */
    int cells() {
        return cells;
    }

    /** True when the current row is a line with nothing on it. */
    boolean isEmptyLine() {
        return !dropped && cells == 1 && textEnd(0) == textStart(0);
    }

    /**
     * True when the current row was too long to be held: only {@link #line()} and
     * {@link #tooLong()} are known.
     */
    boolean dropped() {
        return dropped;
    }

    /** True when the current row is longer than the record limit. */
    boolean tooLong() {
        return tooLong;
    }

    /** The characters of {@code buffer[from..to)}, each invalid sequence one. */
    private int chars(int from, int to) {
        utf8.reset();
        utf8.add(buffer, from, to);
        utf8.finish();
        return (int) utf8.chars();
    }

    /** The current row's characters, without its line end. */
    long rowChars() {
        return rowChars;
    }

    /** True when the current row holds a byte above 127. */
    boolean nonAscii() {
        return nonAscii;
    }

    /**
     * The 1-based character of the row where its first invalid UTF-8 sequence starts, or 0
     * when it has none.
     */
    int invalidUtf8At() {
        if (!nonAscii) {
            return 0;
        }
        utf8.reset();
        utf8.add(buffer, rowStart, rowStart + rowEnd);
        utf8.finish();
        return utf8.firstInvalidColumn();
    }

    /**
     * The 1-based index of the first cell longer than the string limit, or 0; its length is
     * {@link #cellChars(int)}.
     */
    int firstLongCell() {
        for (int i = 0; i < cells; i++) {
            if (cellEnds[i] - cellStarts[i] > maxStringLength && cellChars(i) > maxStringLength) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The characters of cell {@code i} (0-based) as read, its quotes undone. */
    int cellChars(int i) {
        int from = rowStart + cellStarts[i];
        int to = rowStart + cellEnds[i];
        if (!quoted[i]) {
            return nonAscii ? chars(from, to) : to - from;
        }
        int chars = chars(from + 1, to - 1);
        return chars - quotesIn(from + 1, to - 1) / 2;
    }

    private int quotesIn(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            count += buffer[i] == QUOTE ? 1 : 0;
        }
        return count;
    }

    /** The buffer holding the current row. */
    byte[] buffer() {
        return buffer;
    }

    /**
     * The offset in {@link #buffer()} of cell {@code i}'s text (inside its quotes); the text
     * has doubled quotes when {@link #hasEscapes(int)}.
     */
    int textStart(int i) {
        return rowStart + cellStarts[i] + (quoted[i] ? 1 : 0);
    }

    /** The offset in {@link #buffer()} after cell {@code i}'s text (before its closing quote). */
    int textEnd(int i) {
        return rowStart + cellEnds[i] - (quoted[i] ? 1 : 0);
    }

    /** True when cell {@code i} is quoted and holds a doubled quote. */
    boolean hasEscapes(int i) {
        return quoted[i] && quotesIn(textStart(i), textEnd(i)) > 0;
    }

    /** The text of cell {@code i}, decoded and its doubled quotes undone. */
    String cell(int i) {
        int from = textStart(i);
        int to = textEnd(i);
        String text = new String(
                buffer,
                from,
                to - from,
                nonAscii ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        return hasEscapes(i) ? text.replace("\"\"", "\"") : text;
    }

    void close() throws IOException {
        in.close();
    }
}
