package dev.cxkit.internal;

/**
 * Sums of {@code long} counts that refuse to overflow: cxkit's rule is that a count beyond
 * {@link Long#MAX_VALUE} is an {@link IllegalArgumentException} naming what is counted and the
 * two counts, never an {@link ArithmeticException} or a count that wraps. Not part of cxkit's
 * API.
 */
public final class Counts {

    private Counts() {}

    /**
     * The sum of two counts being merged.
     *
     * @param count a count, {@code >= 0}
     * @param other the count added to it, {@code >= 0}
     * @param what what is counted, for the message, for example {@code "responses"}
     * @return {@code count + other}
     * @throws IllegalArgumentException when the sum exceeds {@link Long#MAX_VALUE}
     */
    public static long add(long count, long other, String what) {
        if (count > Long.MAX_VALUE - other) {
            throw new IllegalArgumentException(what + " must be at most " + Long.MAX_VALUE
                    + " when merged, were " + count + " + " + other);
        }
        return count + other;
    }

    /**
     * The sum of {@code counts}.
     *
     * @param counts counts, each {@code >= 0}
     * @param what what is counted, for the message, for example {@code "responses"}
     * @return their sum
     * @throws IllegalArgumentException when the sum exceeds {@link Long#MAX_VALUE}
     */
    public static long total(long[] counts, String what) {
        long total = 0;
        for (long count : counts) {
            if (total > Long.MAX_VALUE - count) {
                throw new IllegalArgumentException(
                        what + " must be at most " + Long.MAX_VALUE + " in total, were more");
            }
            total += count;
        }
        return total;
    }
}
