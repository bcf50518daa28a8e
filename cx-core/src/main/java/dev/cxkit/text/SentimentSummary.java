package dev.cxkit.text;

import dev.cxkit.internal.BinaryReader;
import dev.cxkit.internal.BinaryWriter;
import dev.cxkit.internal.Means;
import dev.cxkit.internal.Proportions;
import dev.cxkit.stats.Interval;

import java.util.Objects;

/**
 * The sentiment of one group's comments: immutable and thread-safe. Scores are on the scorer's
 * own scale; shares are fractions in [0, 1]. A value object (equal when its counts, mean and sum
 * of squared deviations are equal) with a binary form ({@link #toByteArray()}) and a merge
 * ({@link #merge(SentimentSummary)}), so that summaries of parts combine into the summary of the
 * whole.
 */
public final class SentimentSummary {

    private static final int MAGIC = 0x43585345;
    private static final byte VERSION = 1;
    private static final String TYPE = "SentimentSummary";

    private final long n;
    private final long positive;
    private final long negative;
    private final double mean;
    private final double squares;

    SentimentSummary(long n, long positive, long negative, double mean, double squares) {
        this.n = n;
        this.positive = positive;
        this.negative = negative;
        this.mean = mean + 0.0;
        this.squares = squares + 0.0;
    }

    /**
     * Decodes {@link #toByteArray()}'s bytes.
     *
     * @param bytes the encoded summary
     * @return the summary
     * @throws IllegalArgumentException on any malformed bytes: a wrong magic, version or length,
     *     a negative count, more positive and negative comments than comments, a mean or sum of
     *     squares that is not finite, a negative sum of squares, or a non-zero mean or sum of
     *     squares where there are too few comments to have one
     */
    public static SentimentSummary fromByteArray(byte[] bytes) {
        BinaryReader in = BinaryReader.open(bytes, TYPE, MAGIC, VERSION);
        long n = in.readCount("comments");
        long positive = in.readCount("positive comments");
        long negative = in.readCount("negative comments");
        double mean = in.readDouble("mean");
        double squares = in.readDouble("sum of squared deviations");
        in.requireEnd();
        if (positive > n - negative) {
            throw new IllegalArgumentException(TYPE + " positive and negative comments must be at"
                    + " most the " + n + " comments, were " + positive + " and " + negative);
        }
        if (!Double.isFinite(mean) || !(squares >= 0 && squares < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(TYPE + " mean must be finite and sum of squared"
                    + " deviations finite and >= 0, were " + mean + " and " + squares);
        }
        if (n == 0 && (mean != 0 || squares != 0)) {
            throw new IllegalArgumentException(TYPE + " of no comments must have mean and sum of"
                    + " squared deviations 0, were " + mean + " and " + squares);
        }
        if (n == 1 && squares != 0) {
            throw new IllegalArgumentException(TYPE + " of 1 comment must have sum of squared"
                    + " deviations 0, was " + squares);
        }
        return new SentimentSummary(n, positive, negative, mean, squares);
    }

    /**
     * The binary form, so that summaries built in other processes can be merged ({@link
     * #merge(SentimentSummary)}). Layout, version 1, big-endian, 45 bytes: {@code int} magic
     * {@code 0x43585345} ({@code "CXSE"}), {@code byte} version 1, {@code long} comments,
     * {@code long} positive comments, {@code long} negative comments, {@code double} mean score
     * (0 when there are no comments), {@code double} sum of squared deviations from the mean.
     * Equal summaries have equal bytes.
     *
     * @return the bytes, read by {@link #fromByteArray(byte[])}
     */
    public byte[] toByteArray() {
        return BinaryWriter.start(MAGIC, VERSION)
                .writeLong(n)
                .writeLong(positive)
                .writeLong(negative)
                .writeDouble(mean)
                .writeDouble(squares)
                .toByteArray();
    }

    /**
     * The summary of this summary's comments and {@code other}'s together, by the pairwise
     * update {@link SentimentAccumulator} uses: counts add exactly, the mean and the sum of
     * squared deviations up to floating-point rounding.
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

    /** The mean, 0 when empty, for merging. */
    double rawMean() {
        return mean;
    }

    /** The sum of squared deviations from the mean, for merging. */
    double squares() {
        return squares;
    }

    /** {@return true when no comment was scored} */
    public boolean isEmpty() {
        return n == 0;
    }

    /** {@return comments with a score above 0} */
    public long positive() {
        return positive;
    }

    /** {@return comments with a score below 0} */
    public long negative() {
        return negative;
    }

    /**
     * {@return the mean score}
     *
     * @throws IllegalStateException when empty
     */
    public double mean() {
        requireN(1, "mean sentiment");
        return mean;
    }

    /**
     * {@return the sample standard deviation of the scores}
     *
     * @throws IllegalStateException when n &lt; 2
     */
    public double standardDeviation() {
        requireN(2, "sentiment standard deviation");
        return Math.sqrt(Math.max(0, squares) / (n - 1));
    }

    /**
     * {@return Student's t interval of the mean score}
     *
     * @param level the confidence level, in (0, 1)
     * @throws IllegalStateException when fewer than 2 comments were scored
     */
    public Interval interval(double level) {
        requireN(2, "sentiment interval");
        return Means.tInterval(mean, standardDeviation(), n, level);
    }

    /**
     * {@return the share of comments scoring above 0, a fraction in [0, 1]}
     *
     * @throws IllegalStateException when empty
     */
    public double positiveShare() {
        requireN(1, "positive sentiment share");
        return (double) positive / n;
    }

    /**
     * {@return the share of comments scoring below 0, a fraction in [0, 1]}
     *
     * @throws IllegalStateException when empty
     */
    public double negativeShare() {
        requireN(1, "negative sentiment share");
        return (double) negative / n;
    }

    /**
     * {@return Wilson score interval of {@link #positiveShare()}}
     *
     * @param level the confidence level, in (0, 1)
     */
    public Interval positiveShareInterval(double level) {
        requireN(1, "positive sentiment share");
        return Proportions.wilson(positive, n, level);
    }

    /**
     * {@return Wilson score interval of {@link #negativeShare()}}
     *
     * @param level the confidence level, in (0, 1)
     */
    public Interval negativeShareInterval(double level) {
        requireN(1, "negative sentiment share");
        return Proportions.wilson(negative, n, level);
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
                && Double.compare(mean, summary.mean) == 0
                && Double.compare(squares, summary.squares) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(n, positive, negative, mean, squares);
    }

    @Override
    public String toString() {
        return n == 0
                ? "SentimentSummary[empty]"
                : "SentimentSummary[n=" + n + ", mean=" + mean + ", positive=" + positive
                        + ", negative=" + negative + "]";
    }
}
