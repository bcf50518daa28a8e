package dev.cxkit.json.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Where records start in a file, for cutting it in byte ranges, and the lines before a cut.
 * Lines end in {@code \n}, {@code \r\n} or a lone {@code \r}, as {@link Utf8Lines} and
 * {@link CsvScanner} read them; a line start is the file's start or the byte after a line end
 * (after {@code \n}, or after a {@code \r} not followed by {@code \n}). NDJSON records start at
 * every line start ({@link Rule#LINES}); CSV rows at line starts with an even number of quotes
 * before them ({@link Rule#ROWS}), so not inside a quoted cell. Quote parity is exact for
 * RFC 4180 files, where every quote opens, closes or doubles inside a quoted cell; a quote
 * inside an unquoted cell (which cxkit reads as an ordinary character) can make a cut fall
 * inside a quoted cell, which the reader of the range before it then finds
 * ({@link CsvScanner.PartEndsInQuotes}), so {@link CxReader#read} reads the file again on one
 * thread and the guess never changes a result.
 *
 * <p>The counts are made so that a file can be cut without a pass before reading: the thread of
 * each range counts the lines and quotes between the previous range's cut and its own
 * ({@link #count}), which add up to those before its cut, and finds its record start from there
 * ({@link #start}). Stateless.
 */
final class RecordRanges {

    private static final int BUFFER_BYTES = 1 << 16;

    /**
     * The time {@link #count} takes for a byte, as a share of the time a record reader takes for
     * it: counting runs at about 1.7 GB/s, the survey responses' readers at about 360 MB/s
     * (NDJSON) and 250 MB/s (CSV) on one core of the machine of {@code BENCHMARKS.md}. Record
     * types read through a tree are slower to read, so their first range is a little larger than
     * would balance them.
     */
    static final double COUNT_COST = 0.2;

    private static final long LFS = ByteWords.everyByte('\n');
    private static final long CRS = ByteWords.everyByte('\r');
    private static final long QUOTES = ByteWords.everyByte('"');

    private RecordRanges() {}

    /** Where records may start. */
    enum Rule {
        /** At every line start (NDJSON). */
        LINES,
        /** At line starts with an even number of quotes before them (CSV). */
        ROWS
    }

    /**
     * Line ends and quotes in a stretch of a file: a line end is counted where its last byte is
     * (a {@code \r\n} by its {@code \n}); quotes only under {@link Rule#ROWS}.
     *
     * @param lines the line ends
     * @param quotes the quote bytes ({@code "})
     */
    record Count(long lines, long quotes) {

        static final Count NONE = new Count(0, 0);

        Count plus(Count later) {
            return new Count(lines + later.lines, quotes + later.quotes);
        }
    }

    /**
     * A record start and the line ends between where it was looked for and it.
     *
     * @param position the record start, or the file's size when there is none
     * @param lines the line ends in {@code [from, position)}
     */
    record Start(long position, long lines) {}

    /**
     * {@return the cuts that make {@code ranges} ranges of a file of {@code size} bytes that take
     * their threads about the same time: {@code ranges - 1} positions, in order} A range's start
     * is the first record start at or after its cut. The thread of every range but the first also
     * counts the range before its own ({@link #count}), so a range's size plus
     * {@link #COUNT_COST} times the previous range's is the first range's size:
     * {@code s[0] = 1, s[i] = 1 - COUNT_COST * s[i - 1]}, scaled to the file (for two ranges,
     * 55.6 % and 44.4 % of the file).
     */
    static long[] cuts(long size, int ranges) {
        double[] shares = new double[ranges];
        double total = 0;
        for (int i = 0; i < ranges; i++) {
            shares[i] = i == 0 ? 1 : 1 - COUNT_COST * shares[i - 1];
            total += shares[i];
        }
        long[] cuts = new long[ranges - 1];
        double before = 0;
        for (int i = 0; i < ranges - 1; i++) {
            before += shares[i];
            cuts[i] = Math.max(1, (long) (size * (before / total)));
        }
        return cuts;
    }

    /**
     * {@return the line ends and (under {@link Rule#ROWS}) quotes in the bytes {@code [from, to)}
     * of a file} Eight bytes at a time ({@link ByteWords}). Counts of adjacent stretches add up
     * to the count of both: a {@code \r} at {@code to - 1} is not counted when {@code \n} follows.
     */
    static Count count(FileChannel channel, long from, long to, Rule rule) throws IOException {
        byte[] bytes = new byte[BUFFER_BYTES];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        boolean quotes = rule == Rule.ROWS;
        long lines = 0;
        long quoteCount = 0;
        boolean afterCr = false;
        for (long position = from; position < to; ) {
            buffer.clear();
            buffer.limit((int) Math.min(BUFFER_BYTES, to - position));
            int read = channel.read(buffer, position);
            if (read <= 0) {
                break;
            }
            int i = 0;
            for (; i + Long.BYTES <= read; i += Long.BYTES) {
                long word = ByteWords.word(bytes, i);
                long lfs = ByteWords.equal(word, LFS);
                long crs = ByteWords.equal(word, CRS);
                lines += Long.bitCount(lfs);
                if (crs != 0 || afterCr) {
                    long crLfs = crs & lfs >>> 8 | (afterCr ? lfs & 0x80 : 0);
                    lines += Long.bitCount(crs) - Long.bitCount(crLfs);
                    afterCr = crs < 0;
                }
                if (quotes) {
                    quoteCount += Long.bitCount(ByteWords.equal(word, QUOTES));
                }
            }
            for (; i < read; i++) {
                byte b = bytes[i];
                lines += b == '\n' && !afterCr || b == '\r' ? 1 : 0;
                quoteCount += quotes && b == '"' ? 1 : 0;
                afterCr = b == '\r';
            }
            position += read;
        }
        if (afterCr && byteAt(channel, to) == '\n') {
            lines--;
        }
        return new Count(lines, quoteCount);
    }

    /**
     * {@return the first record start at or after {@code from} (the file's size when there is
     * none), with the line ends before it from {@code from}} Byte by byte, as a record start is
     * usually a line away.
     *
     * @param from where to look from, {@code >= 1}
     * @param evenQuotes whether the quotes in {@code [0, from)} are even in number (ignored under
     *     {@link Rule#LINES})
     */
    static Start start(FileChannel channel, long from, boolean evenQuotes, Rule rule)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
        byte[] bytes = buffer.array();
        boolean outside = evenQuotes || rule == Rule.LINES;
        int previous = byteAt(channel, from - 1);
        long lines = 0;
        for (long position = from; ; ) {
            buffer.clear();
            int read = channel.read(buffer, position);
            for (int i = 0; i < Math.max(read, 1); i++) {
                int b = read <= 0 ? -1 : bytes[i];
                boolean lineStart = previous == '\n' || previous == '\r' && b != '\n';
                if (lineStart && position + i > from) {
                    lines++;
                }
                if (lineStart && outside || b == -1) {
                    return new Start(position + i, lines);
                }
                if (b == '"' && rule == Rule.ROWS) {
                    outside = !outside;
                }
                previous = b;
            }
            position += read;
        }
    }

    /** The byte at {@code position}, or -1 past the end. */
    private static int byteAt(FileChannel channel, long position) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        return channel.read(one, position) == 1 ? one.get(0) : -1;
    }
}
