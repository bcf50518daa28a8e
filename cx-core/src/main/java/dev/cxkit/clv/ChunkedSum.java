package dev.cxkit.clv;

import java.util.stream.IntStream;

/**
 * Sums a per-pattern quantity over {@code [0, size)} in fixed chunks, in parallel on the common
 * fork-join pool once there are enough patterns to pay for it. The chunk sums are added in chunk
 * order, so the result does not depend on scheduling.
 */
final class ChunkedSum {

    /** The sum of a term over the index range {@code [from, to)}. */
    @FunctionalInterface
    interface RangeSum {
        double sum(int from, int to);
    }

    static final int CHUNK = 8_192;

    private ChunkedSum() {}

    static double over(int size, RangeSum range) {
        if (size <= 2 * CHUNK) {
            return range.sum(0, size);
        }
        int chunks = (size + CHUNK - 1) / CHUNK;
        double[] partial = new double[chunks];
        IntStream.range(0, chunks)
                .parallel()
                .forEach(c -> partial[c] = range.sum(c * CHUNK, Math.min(size, (c + 1) * CHUNK)));
        double total = 0;
        for (double value : partial) {
            total += value;
        }
        return total;
    }
}
