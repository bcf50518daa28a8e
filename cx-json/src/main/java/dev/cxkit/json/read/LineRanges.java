package dev.cxkit.json.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Byte ranges of a file that start at line starts, and the lines in a range, with lines ending
 * in {@code \n}, {@code \r\n} or a lone {@code \r} as {@link Utf8Lines} reads them. A line start
 * is the file's start or the byte after a line end: after {@code \n}, or after a {@code \r} not
 * followed by {@code \n}. Stateless.
 */
final class LineRanges {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final long LFS = ByteWords.everyByte('\n');
    private static final long CRS = ByteWords.everyByte('\r');

    private LineRanges() {}

    /**
     * The starts of at most {@code ranges} ranges of about equal size, each at a line start,
     * followed by the file's size: {@code starts[i]} to {@code starts[i + 1]} is range {@code i}.
     */
    static long[] split(Path path, int ranges) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            long[] starts = new long[ranges + 1];
            int count = 1;
            for (int i = 1; i < ranges; i++) {
                long start = lineStartFrom(channel, size * i / ranges);
                if (start > starts[count - 1] && start < size) {
                    starts[count++] = start;
                }
            }
            starts[count++] = size;
            return Arrays.copyOf(starts, count);
        }
    }

    /** The first line start at or after {@code at} (the size when none is). */
    private static long lineStartFrom(FileChannel channel, long at) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
        long position = at - 1;
        boolean afterCr = false;
        while (true) {
            buffer.clear();
            int read = channel.read(buffer, position);
            if (read <= 0) {
                return channel.size();
            }
            for (int i = 0; i < read; i++) {
                byte b = buffer.get(i);
                if (afterCr && b != '\n') {
                    return position + i;
                }
                if (b == '\n') {
                    return position + i + 1;
                }
                afterCr = b == '\r';
            }
            position += read;
        }
    }

    /**
     * The line ends in {@code [from, to)}, a range that ends at a line start or the file's end:
     * every LF and CR, less the CRs followed by an LF. Eight bytes at a time ({@link ByteWords}).
     */
    static long countLines(Path path, long from, long to) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            byte[] bytes = new byte[BUFFER_BYTES];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long lines = 0;
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
                    long crLfs = crs & lfs >>> 8 | (afterCr ? lfs & 0x80 : 0);
                    lines += Long.bitCount(lfs) + Long.bitCount(crs) - Long.bitCount(crLfs);
                    afterCr = crs < 0;
                }
                for (; i < read; i++) {
                    byte b = bytes[i];
                    if (b == '\n') {
                        lines += afterCr ? 0 : 1;
                    } else if (b == '\r') {
                        lines++;
                    }
                    afterCr = b == '\r';
                }
                position += read;
            }
            return lines;
        }
    }
}
