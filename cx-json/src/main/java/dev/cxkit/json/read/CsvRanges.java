package dev.cxkit.json.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Byte ranges of a CSV file that start at row starts, found by quote parity: a line start (as
 * {@link LineRanges} defines it) is taken as a row start when the quotes before it are even in
 * number, so that it is not inside a quoted cell. The quotes before the first cut are counted in
 * one pass (at the speed of memory). That is exact for RFC 4180 files, where every quote opens,
 * closes or doubles inside a quoted cell; a quote inside an unquoted cell (which Jackson's parser,
 * and so cxkit, read as an ordinary character) can make a cut fall inside a quoted cell. The
 * reader of the range before such a cut then ends inside the quoted cell
 * ({@link CsvScanner.PartEndsInQuotes}), and {@link CxReader#read} reads the file again on one
 * thread, so the guess never changes a result. Stateless.
 */
final class CsvRanges {

    private static final int BUFFER_BYTES = 1 << 16;

    private CsvRanges() {}

    /**
     * The starts of at most {@code ranges} ranges of about equal size, each at a row start by
     * quote parity, followed by the file's size.
     */
    static long[] split(Path path, int ranges) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            long[] starts = new long[ranges + 1];
            int count = 1;
            long counted = 0;
            long quotes = 0;
            for (int i = 1; i < ranges; i++) {
                long from = Math.max(size * i / ranges - 1, counted);
                quotes += quotes(channel, counted, from);
                counted = from;
                long start = rowStartFrom(channel, from, quotes % 2 == 0);
                if (start > starts[count - 1] && start < size) {
                    starts[count++] = start;
                }
                quotes += quotes(channel, counted, start);
                counted = start;
            }
            starts[count++] = size;
            return Arrays.copyOf(starts, count);
        }
    }

    /** The quotes in {@code [from, to)}. */
    private static long quotes(FileChannel channel, long from, long to) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
        byte[] bytes = buffer.array();
        long quotes = 0;
        for (long position = from; position < to; ) {
            buffer.clear();
            buffer.limit((int) Math.min(BUFFER_BYTES, to - position));
            int read = channel.read(buffer, position);
            if (read <= 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                quotes += bytes[i] == '"' ? 1 : 0;
            }
            position += read;
        }
        return quotes;
    }

    /**
     * The first line start after {@code from} with an even number of quotes before it, given
     * whether the quotes before {@code from} are even; the file's size when there is none.
     */
    private static long rowStartFrom(FileChannel channel, long from, boolean even)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
        byte[] bytes = buffer.array();
        boolean afterCr = false;
        boolean outside = even;
        for (long position = from; ; ) {
            buffer.clear();
            int read = channel.read(buffer, position);
            if (read <= 0) {
                return channel.size();
            }
            for (int i = 0; i < read; i++) {
                byte b = bytes[i];
                if (outside && afterCr && b != '\n') {
                    return position + i;
                }
                if (outside && b == '\n') {
                    return position + i + 1;
                }
                afterCr = b == '\r';
                if (b == '"') {
                    outside = !outside;
                }
            }
            position += read;
        }
    }
}
