package dev.cxkit.score;

import dev.cxkit.internal.Counts;
import dev.cxkit.model.Scale;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable histogram of integer scores on a bounded {@link Scale}: the count of each score.
 * Every unweighted survey metric (NPS, CSAT, CES, custom scales) is a function of it.
 *
 * <p>Counts are exact {@code long}s; shares, means and variances are computed when read. An
 * empty histogram {@link #isEmpty() says so}, and asking it for a mean or a share throws
 * {@link IllegalStateException}. Build one with a {@link ScoreAccumulator}, with
 * {@link #of(Scale, long...)}, or decode one with {@link #fromByteArray(byte[])}.
 *
 * <p>Instances are value objects: equal when their scales and counts are equal.
 */
public final class ScoreHistogram {

    private static final int MAGIC = 0x43585348; // "CXSH"
    private static final String TYPE = "ScoreHistogram";

    private final Scale scale;
    private final long[] counts;
    private final long n;

    ScoreHistogram(Scale scale, long[] counts) {
        this.scale = scale;
        this.counts = counts;
        this.n = Counts.total(counts, "responses");
    }

    /**
     * {@return the empty histogram on {@code scale}}
     *
     * @param scale the scale the scores lie on
     */
    public static ScoreHistogram empty(Scale scale) {
        return new ScoreHistogram(Objects.requireNonNull(scale, "scale"), new long[scale.points()]);
    }

    /**
     * {@return the histogram with {@code counts[i]} responses of score {@code scale.min() + i}}
     *
     * @param scale the scale the scores lie on
     * @param counts the number of responses of each score, from {@code scale.min()}, each
     *     {@code >= 0}
     * @throws IllegalArgumentException when there is not one count per point or a count is
     *     negative
     */
    public static ScoreHistogram of(Scale scale, long... counts) {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(counts, "counts");
        if (counts.length != scale.points()) {
            throw new IllegalArgumentException("counts must have " + scale.points()
                    + " entries for scale " + scale + ", had " + counts.length);
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException(
                        "count of score " + (scale.min() + i) + " must be >= 0, was " + counts[i]);
            }
        }
        BinaryForm.total(counts, TYPE);
        return new ScoreHistogram(scale, counts.clone());
    }

    /** {@return the scale the scores lie on} */
    public Scale scale() {
        return scale;
    }

    /** {@return number of responses} */
    public long n() {
        return n;
    }

    /** {@return true when there are no responses} */
    public boolean isEmpty() {
        return n == 0;
    }

    /**
     * {@return number of responses with score {@code score}, which must be on the scale}
     *
     * @param score a score on the scale
     */
    public long count(int score) {
        return counts[scale.check(score, "score") - scale.min()];
    }

    /** {@return the counts of scores {@code min..max}, a copy} */
    public long[] counts() {
        return counts.clone();
    }

    /**
     * {@return number of responses with a score in {@code [from, to]}; both must be on the scale}
     *
     * @param from the lowest score of the range, on the scale
     * @param to the highest score of the range, on the scale, {@code >= from}
     */
    public long countBetween(int from, int to) {
        scale.check(from, "from");
        scale.check(to, "to");
        if (from > to) {
            throw new IllegalArgumentException("to must be >= from (" + from + "), was " + to);
        }
        long total = 0;
        // Indexes, not scores, so that a scale ending at Integer.MAX_VALUE does not wrap.
        for (int i = from - scale.min(); i <= to - scale.min(); i++) {
            total += counts[i];
        }
        return total;
    }

    /**
     * {@return share of responses with a score in {@code [from, to]}, in [0, 1]}
     *
     * @param from the lowest score of the range, on the scale
     * @param to the highest score of the range, on the scale, {@code >= from}
     */
    public double shareBetween(int from, int to) {
        long inRange = countBetween(from, to);
        return (double) inRange / requireNonEmpty("share");
    }

    /** {@return mean score} */
    public double mean() {
        long total = requireNonEmpty("mean");
        double sum = 0;
        for (int i = 0; i < counts.length; i++) {
            sum += (double) counts[i] * (scale.min() + i);
        }
        return sum / total;
    }

    /**
     * {@return sample variance of the scores, {@code sum (x - mean)^2 / (n - 1)}; needs two
     * responses}
     */
    public double sampleVariance() {
        if (n < 2) {
            throw new IllegalStateException("sample variance needs at least 2 responses, had " + n);
        }
        double mean = mean();
        double sum = 0;
        for (int i = 0; i < counts.length; i++) {
            double deviation = scale.min() + i - mean;
            sum += counts[i] * deviation * deviation;
        }
        return sum / (n - 1);
    }

    /** {@return sample standard deviation, the square root of {@link #sampleVariance()}} */
    public double sampleStandardDeviation() {
        return Math.sqrt(sampleVariance());
    }

    /**
     * {@return the histogram of both this and {@code other}'s responses; the scales must be equal}
     *
     * @param other a histogram on the same scale
     */
    public ScoreHistogram plus(ScoreHistogram other) {
        ScoreAccumulator sum = ScoreAccumulator.create(scale);
        sum.merge(this);
        sum.merge(other);
        return sum.snapshot();
    }

    /**
     * Encodes this histogram: the {@link BinaryForm} header (magic {@code "CXSH"}), then one
     * big-endian {@code long} count per score from {@code min} to {@code max}.
     *
     * @return the encoded histogram, a new array
     */
    public byte[] toByteArray() {
        ByteBuffer buffer = BinaryForm.start(MAGIC, scale, Long.BYTES);
        for (long count : counts) {
            buffer.putLong(count);
        }
        return buffer.array();
    }

    /**
     * Decodes bytes written by {@link #toByteArray()}.
     *
     * @param bytes the encoded histogram
     * @return the decoded histogram
     * @throws IllegalArgumentException on a wrong magic, version, length or scale, or a
     *     negative count
     */
    public static ScoreHistogram fromByteArray(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(Objects.requireNonNull(bytes, "bytes"));
        Scale scale = BinaryForm.readHeader(buffer, MAGIC, TYPE, Long.BYTES);
        long[] counts = new long[scale.points()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = BinaryForm.readCount(buffer, TYPE, scale.min() + i);
        }
        BinaryForm.total(counts, TYPE);
        return new ScoreHistogram(scale, counts);
    }

    /** The counts themselves, not a copy: callers in this package must not modify them. */
    long[] rawCounts() {
        return counts;
    }

    long requireNonEmpty(String metric) {
        if (n == 0) {
            throw new IllegalStateException(
                    metric + " is undefined for an empty histogram on " + scale);
        }
        return n;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScoreHistogram histogram
                && scale.equals(histogram.scale)
                && Arrays.equals(counts, histogram.counts);
    }

    @Override
    public int hashCode() {
        return 31 * scale.hashCode() + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "ScoreHistogram{" + scale + ", n=" + n + ", counts=" + Arrays.toString(counts) + "}";
    }
}
