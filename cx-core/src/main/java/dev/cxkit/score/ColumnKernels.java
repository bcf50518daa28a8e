package dev.cxkit.score;

/**
 * Counting loops over score columns, shared by the accumulators.
 *
 * <p>The loops have no branch on the score: each index is clamped into the table (the JIT
 * compiles {@code Math.min}/{@code Math.max} to conditional moves) while an out-of-range flag
 * is or-ed up. When the flag is set after the loop, the same clamped increments are undone
 * and the first bad position is reported, so a rejected column leaves the table unchanged.
 */
final class ColumnKernels {

    private ColumnKernels() {}

    /** Adds {@code scores[from, to)} to {@code counts}, one bin per point from {@code min}. */
    static void count(long[] counts, int min, byte[] scores, int from, int to) {
        int last = counts.length - 1;
        int outOfRange = 0;
        for (int i = from; i < to; i++) {
            int index = scores[i] - min;
            outOfRange |= index | (last - index);
            counts[Math.max(0, Math.min(index, last))]++;
        }
        if (outOfRange < 0) {
            for (int i = from; i < to; i++) {
                counts[Math.max(0, Math.min(scores[i] - min, last))]--;
            }
            throw badScore(min, last, i -> scores[i], from, to);
        }
    }

    /** Adds {@code scores[from, to)} to {@code counts}, one bin per point from {@code min}. */
    static void count(long[] counts, int min, int[] scores, int from, int to) {
        int last = counts.length - 1;
        int outOfRange = 0;
        for (int i = from; i < to; i++) {
            int index = scores[i] - min;
            outOfRange |= index | (last - index);
            counts[Math.max(0, Math.min(index, last))]++;
        }
        if (outOfRange < 0) {
            for (int i = from; i < to; i++) {
                counts[Math.max(0, Math.min(scores[i] - min, last))]--;
            }
            throw badScore(min, last, i -> scores[i], from, to);
        }
    }

    /**
     * Adds {@code scores[from, to)} to {@code counts} laid out as {@code segments} rows of
     * {@code points} bins, row {@code segmentIds[i]}.
     */
    static void countBySegment(long[] counts, int points, int min, byte[] scores,
            int[] segmentIds, int from, int to) {
        int last = points - 1;
        int lastSegment = counts.length / points - 1;
        int outOfRange = 0;
        for (int i = from; i < to; i++) {
            int index = scores[i] - min;
            int segment = segmentIds[i];
            outOfRange |= index | (last - index) | segment | (lastSegment - segment);
            counts[Math.max(0, Math.min(segment, lastSegment)) * points
                    + Math.max(0, Math.min(index, last))]++;
        }
        if (outOfRange < 0) {
            for (int i = from; i < to; i++) {
                counts[Math.max(0, Math.min(segmentIds[i], lastSegment)) * points
                        + Math.max(0, Math.min(scores[i] - min, last))]--;
            }
            for (int i = from; i < to; i++) {
                if (segmentIds[i] < 0 || segmentIds[i] > lastSegment) {
                    throw new IllegalArgumentException("segmentIds[" + i + "] must be in 0.."
                            + lastSegment + ", was " + segmentIds[i]);
                }
            }
            throw badScore(min, last, i -> scores[i], from, to);
        }
    }

    private static IllegalArgumentException badScore(int min, int last,
            java.util.function.IntUnaryOperator scoreAt, int from, int to) {
        for (int i = from; i < to; i++) {
            int score = scoreAt.applyAsInt(i);
            if (score < min || score > min + last) {
                return new IllegalArgumentException("scores[" + i + "] must be in " + min + ".."
                        + (min + last) + ", was " + score);
            }
        }
        throw new AssertionError("an out-of-range score was flagged but not found");
    }
}
