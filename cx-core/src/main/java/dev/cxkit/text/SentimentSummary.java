package dev.cxkit.text;

import dev.cxkit.internal.Means;
import dev.cxkit.stats.Interval;
import dev.cxkit.stats.Proportion;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * The sentiment of one group's comments: immutable and thread-safe. Scores are on the scorer's
 * own scale; the shares of positive and negative comments are {@link Proportion}s (fractions in
 * [0, 1] with their intervals). A value object (equal when its counts and its exact sums of
 * scores and of squared scores are equal) with a binary form ({@link #toByteArray()}) and a merge
 * ({@link #merge(SentimentSummary)}), so that summaries of parts combine into the summary of the
 * whole.
 *
 * <p>The sums are exact: every score is a binary floating-point number, and the summary keeps
 * the sum of the scores and the sum of their squares as exact decimals. The mean and the
 * standard deviation are computed from them when read, each rounded once (to 34 significant
 * digits, then to a {@code double}), so summaries of the same comments are equal, bit for bit,
 * however the comments were split and merged.
 */
public final class SentimentSummary {

    /** Enough digits that a quotient rounded to them rounds to the right {@code double}. */
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private final long n;
    private final long positive;
    private final long negative;
    private final BigDecimal sum;
    private final BigDecimal squares;

    /** A summary of exact sums in their shortest form ({@link BigDecimal#stripTrailingZeros()}). */
    SentimentSummary(long n, long positive, long negative, BigDecimal sum, BigDecimal squares) {
        this.n = n;
        this.positive = positive;
        this.negative = negative;
        this.sum = sum;
        this.squares = squares;
    }

    /**
     * Decodes {@link #toByteArray()}'s bytes. Bytes of version 1 (counts, a rounded mean and
     * sum of squared deviations) are read too: their sums are taken as exactly {@code n *
     * mean} and {@code squares + n * mean^2}, so the decoded mean and standard deviation are
     * version 1's, and merges are exact from then on.
     *
     * @param bytes the encoded summary
     * @return the summary
     * @throws IllegalArgumentException on any malformed bytes: a wrong magic, version or length,
     *     a negative count, more positive and negative comments than comments, sums that are not
     *     in their shortest form or beyond what {@code n} finite scores can reach, a negative sum
     *     of squares, a sum whose square exceeds {@code n} times the sum of squares, or non-zero
     *     sums where no comment was positive or negative; in version 1 a mean or sum of squared
     *     deviations that is not finite, a negative sum of squared deviations, or a non-zero one
     *     where there are too few comments to have one
     */
    public static SentimentSummary fromByteArray(byte[] bytes) {
        return SentimentForm.decode(bytes);
    }

    /**
     * The binary form, so that summaries built in other processes can be merged ({@link
     * #merge(SentimentSummary)}). Layout, version 2, big-endian: {@code int} magic {@code
     * 0x43585345} ({@code "CXSE"}), {@code byte} version 2, {@code long} comments, {@code long}
     * positive comments, {@code long} negative comments, then the sum of the scores and the sum
     * of their squares, each as an exact decimal without trailing zeros: an {@code int} scale,
     * an {@code int} length and that many bytes of the unscaled value in minimal two's
     * complement ({@link java.math.BigInteger#toByteArray()}). Equal summaries have equal bytes.
     *
     * @return the bytes, read by {@link #fromByteArray(byte[])}
     */
    public byte[] toByteArray() {
        return SentimentForm.encode(this);
    }

    /**
     * The summary of this summary's comments and {@code other}'s together: counts and sums add
     * exactly, so the result does not depend on how the comments were split or in which order
     * summaries are merged.
     *
     * @param other the summary to add
     * @return the merged summary
     * @throws IllegalArgumentException when the number of comments would exceed {@link
     *     Long#MAX_VALUE}
     */
    public SentimentSummary merge(SentimentSummary other) {
        return SentimentAccumulator.create().merge(this).merge(other).snapshot();
    }

    /** {@return comments scored} */
    public long n() {
        return n;
    }

    /** The exact sum of the scores. */
    BigDecimal sum() {
        return sum;
    }

    /** The exact sum of the squared scores. */
    BigDecimal squares() {
        return squares;
    }

    /** {@return true when no comment was scored} */
    public boolean isEmpty() {
        return n == 0;
    }

    /**
     * The comments scoring above 0 out of all comments: their count, their share (a fraction in
     * [0, 1], {@link Proportion#value()}) and its intervals ({@link Proportion#interval(double)},
     * Wilson).
     *
     * @return the positive comments out of {@link #n()}; asking an empty one for its value or
     *     interval throws {@link IllegalStateException}
     */
    public Proportion positive() {
        return new Proportion("positive sentiment share", positive, n);
    }

    /**
     * The comments scoring below 0 out of all comments, as {@link #positive()}.
     *
     * @return the negative comments out of {@link #n()}; asking an empty one for its value or
     *     interval throws {@link IllegalStateException}
     */
    public Proportion negative() {
        return new Proportion("negative sentiment share", negative, n);
    }

    /**
     * {@return the mean score: the exact sum over n, rounded once}
     *
     * @throws IllegalStateException when empty
     */
    public double mean() {
        requireN(1, "mean sentiment");
        return sum.divide(BigDecimal.valueOf(n), PRECISION).doubleValue();
    }

    /**
     * {@return the sample standard deviation of the scores: the square root of the variance
     * {@code (n * sum of squares - sum^2) / (n (n - 1))}, computed exactly and rounded once}
     *
     * @throws IllegalStateException when n &lt; 2
     */
    public double standardDeviation() {
        requireN(2, "sentiment standard deviation");
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal deviations = count.multiply(squares).subtract(sum.multiply(sum));
        BigDecimal pairs = count.multiply(BigDecimal.valueOf(n - 1));
        return deviations.divide(pairs, PRECISION).sqrt(PRECISION).doubleValue();
    }

    /**
     * {@return Student's t interval of the mean score}
     *
     * @param level the confidence level, in (0, 1)
     * @throws IllegalStateException when fewer than 2 comments were scored
     */
    public Interval interval(double level) {
        requireN(2, "sentiment interval");
        return Means.tInterval(mean(), standardDeviation(), n, level);
    }

    private void requireN(long least, String metric) {
        if (n < least) {
            throw new IllegalStateException(
                    metric + " needs at least " + least + " scored comments, had " + n);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SentimentSummary summary
                && n == summary.n
                && positive == summary.positive
                && negative == summary.negative
                && sum.equals(summary.sum)
                && squares.equals(summary.squares);
    }

    @Override
    public int hashCode() {
        return Objects.hash(n, positive, negative, sum, squares);
    }

    @Override
    public String toString() {
        return n == 0
                ? "SentimentSummary[empty]"
                : "SentimentSummary[n=" + n + ", mean=" + mean() + ", positive=" + positive
                        + ", negative=" + negative + "]";
    }
}
