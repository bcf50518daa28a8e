package dev.cxkit.benchmarks;

import dev.cxkit.score.ScoreHistogram;

/**
 * The memory-scan reference: a plain loop that reads the same columns and only sums them, so
 * a counting kernel's speed reads as a share of what streaming those bytes costs.
 */
final class MemoryScan {

    private MemoryScan() {}

    /** The sum of the scores counted in {@code histogram}: what a scan of them must find. */
    static long sumOf(ScoreHistogram histogram) {
        long sum = 0;
        for (int score = histogram.scale().min(), i = 0;
                i < histogram.scale().points();
                i++, score++) {
            sum += score * histogram.count(score);
        }
        return sum;
    }

    /** The sum of {@code bytes[from, to)}. */
    static long sum(byte[] bytes, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += bytes[i];
        }
        return sum;
    }

    /** The sum of {@code bytes[from, to)} and {@code ints[from, to)}. */
    static long sum(byte[] bytes, int[] ints, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += bytes[i] + ints[i];
        }
        return sum;
    }
}
