package dev.cxkit.score;

import java.util.function.IntUnaryOperator;

/**
 * Counting loops over score columns, shared by the accumulators.
 *
 * <p>Long columns are counted into scratch tables of {@code int} counters, which are checked and
 * then added to the accumulator's {@code long} counts once per call (an {@code int} counter
 * cannot overflow within one call: a column holds fewer than 2<sup>31</sup> entries). The loops
 * have no branch on the data and do no range check per score: a value off the scale lands in
 * a bin of the scratch table that the scale does not use, and the check after the loop finds
 * it. A rejected column is reported at its first bad position and leaves the accumulator's
 * counts unchanged, since the scratch table is then dropped.
 *
 * <p>Short columns, for which zeroing and reading a scratch table would cost more than the
 * counting, use direct loops that clamp each index into the table (the JIT compiles
 * {@code Math.min}/{@code Math.max} to conditional moves) while an out-of-range flag is or-ed
 * up; when it is set, the same clamped increments are undone before the report.
 */
final class ColumnKernels {

    /** Number of byte values: the byte kernel has one counter per value. */
    private static final int BYTE_VALUES = 256;

    /**
     * Partial tables the byte kernel spreads consecutive scores over, so that equal
     * neighbouring scores increment different counters and do not wait on each other's store.
     */
    private static final int PARTIALS = 8;

    /**
     * Shortest column the byte kernel counts through its partial tables: below it, allocating,
     * zeroing and folding the 8 KiB of tables costs more than the direct loop saves.
     */
    private static final int MIN_TABLED_SCORES = 2048;

    private ColumnKernels() {}

    /** Adds {@code scores[from, to)} to {@code counts}, one bin per point from {@code min}. */
    static void count(long[] counts, int min, byte[] scores, int from, int to) {
        if (to - from < MIN_TABLED_SCORES) {
            countClamped(counts, min, scores, from, to);
            return;
        }
        int[] tables = new int[PARTIALS * BYTE_VALUES];
        int next = from;
        for (int lastRound = to - PARTIALS; next <= lastRound; next += PARTIALS) {
            for (int partial = 0; partial < PARTIALS; partial++) {
                tables[partial * BYTE_VALUES + (scores[next + partial] & 0xFF)]++;
            }
        }
        for (; next < to; next++) {
            tables[scores[next] & 0xFF]++;
        }
        // Fold the partial tables into the first; a total cannot overflow, being at most to - from.
        for (int partial = 1; partial < PARTIALS; partial++) {
            for (int value = 0; value < BYTE_VALUES; value++) {
                tables[value] += tables[partial * BYTE_VALUES + value];
            }
        }
        int max = min + counts.length - 1;
        for (int value = Byte.MIN_VALUE; value <= Byte.MAX_VALUE; value++) {
            if ((value < min || value > max) && tables[value & 0xFF] != 0) {
                throw badScore(min, counts.length - 1, i -> scores[i], from, to);
            }
        }
        for (int score = Math.max(min, Byte.MIN_VALUE);
                score <= Math.min(max, Byte.MAX_VALUE);
                score++) {
            counts[score - min] += tables[score & 0xFF];
        }
    }

    private static void countClamped(long[] counts, int min, byte[] scores, int from, int to) {
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
     *
     * <p>A long column is counted into a scratch table whose rows and bins are padded to powers
     * of two, {@code segment << pointBits | index}: the index needs no multiplication, and a
     * score or segment off its range either sets a bit above its width (or-ed up across the
     * column) or lands in a padding bin, which must stay empty.
     */
    static void countBySegment(
            long[] counts, int points, int min, byte[] scores, int[] segmentIds, int from, int to) {
        int segments = counts.length / points;
        int pointBits = bitsToIndex(points);
        int segmentBits = bitsToIndex(segments);
        if (segmentBits + pointBits > 30 || 1 << (segmentBits + pointBits) > to - from) {
            countBySegmentClamped(counts, points, min, scores, segmentIds, from, to);
            return;
        }
        int[] table = new int[1 << (segmentBits + pointBits)];
        int mask = table.length - 1;
        int segmentsSeen = 0;
        int indicesSeen = 0;
        for (int i = from; i < to; i++) {
            int segment = segmentIds[i];
            int index = scores[i] - min;
            segmentsSeen |= segment;
            indicesSeen |= index;
            // The mask keeps a bad value inside the table until the check after the loop.
            table[((segment << pointBits) + index) & mask]++;
        }
        if ((segmentsSeen >>> segmentBits) != 0
                || (indicesSeen >>> pointBits) != 0
                || paddingUsed(table, pointBits, points, segments)) {
            throw badSegmentOrScore(points, min, scores, segmentIds, segments - 1, from, to);
        }
        for (int segment = 0; segment < segments; segment++) {
            for (int index = 0; index < points; index++) {
                counts[segment * points + index] += table[(segment << pointBits) + index];
            }
        }
    }

    /** The bits an index into {@code n} slots needs: the least {@code b} with 2^b >= n. */
    private static int bitsToIndex(int n) {
        return 32 - Integer.numberOfLeadingZeros(n - 1);
    }

    /** True when a bin of a padding row or of a padding point of {@code table} is non-zero. */
    private static boolean paddingUsed(int[] table, int pointBits, int points, int segments) {
        for (int bin = 0; bin < table.length; bin++) {
            boolean padding =
                    bin >>> pointBits >= segments || (bin & ((1 << pointBits) - 1)) >= points;
            if (padding && table[bin] != 0) {
                return true;
            }
        }
        return false;
    }

    private static void countBySegmentClamped(
            long[] counts, int points, int min, byte[] scores, int[] segmentIds, int from, int to) {
        int last = points - 1;
        int lastSegment = counts.length / points - 1;
        int outOfRange = 0;
        for (int i = from; i < to; i++) {
            int index = scores[i] - min;
            int segment = segmentIds[i];
            outOfRange |= index | (last - index) | segment | (lastSegment - segment);
            counts[
                    Math.max(0, Math.min(segment, lastSegment)) * points
                            + Math.max(0, Math.min(index, last))]++;
        }
        if (outOfRange < 0) {
            for (int i = from; i < to; i++) {
                counts[
                        Math.max(0, Math.min(segmentIds[i], lastSegment)) * points
                                + Math.max(0, Math.min(scores[i] - min, last))]--;
            }
            throw badSegmentOrScore(points, min, scores, segmentIds, lastSegment, from, to);
        }
    }

    /** The report of the first bad segment id, or if there is none, of the first bad score. */
    private static IllegalArgumentException badSegmentOrScore(
            int points,
            int min,
            byte[] scores,
            int[] segmentIds,
            int lastSegment,
            int from,
            int to) {
        for (int i = from; i < to; i++) {
            if (segmentIds[i] < 0 || segmentIds[i] > lastSegment) {
                return new IllegalArgumentException("segmentIds[" + i + "] must be in 0.."
                        + lastSegment + ", was " + segmentIds[i]);
            }
        }
        return badScore(min, points - 1, i -> scores[i], from, to);
    }

    private static IllegalArgumentException badScore(
            int min, int last, IntUnaryOperator scoreAt, int from, int to) {
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
