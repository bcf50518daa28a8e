package dev.cxkit.score;

import dev.cxkit.internal.Counts;
import dev.cxkit.model.Scale;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable histogram of weighted scores on a bounded {@link Scale}: per score, the number
 * of responses, the sum of their weights and the sum of their squared weights. Weighted survey
 * metrics are functions of it, with Kish's effective sample size
 * {@code n_eff = (sum w)^2 / sum w^2} and design effect {@code n sum w^2 / (sum w)^2}
 * (Kish, <i>Survey Sampling</i>, 1965, section 11.7).
 *
 * <p>Counts are exact; weight sums are {@code double} sums, so merging is exact for counts and
 * exact up to floating-point rounding for weights. An empty histogram (no response, or zero
 * total weight) {@link #isEmpty() says so} and its weighted statistics throw
 * {@link IllegalStateException}.
 */
public final class WeightedScoreHistogram {

    private static final int MAGIC = 0x43585748; // "CXWH"
    private static final String TYPE = "WeightedScoreHistogram";
    private static final int BYTES_PER_POINT = Long.BYTES + 2 * Double.BYTES;

    private final Scale scale;
    private final long[] counts;
    private final double[] weights;
    private final double[] squaredWeights;
    private final long n;

    WeightedScoreHistogram(Scale scale, long[] counts, double[] weights, double[] squaredWeights) {
        this.scale = scale;
        this.counts = counts;
        this.weights = weights;
        this.squaredWeights = squaredWeights;
        this.n = Counts.total(counts, "responses");
    }

    /**
     * {@return the empty weighted histogram on {@code scale}}
     *
     * @param scale the scale the scores lie on
     */
    public static WeightedScoreHistogram empty(Scale scale) {
        int points = Objects.requireNonNull(scale, "scale").points();
        return new WeightedScoreHistogram(
                scale, new long[points], new double[points], new double[points]);
    }

    /**
     * {@return the weighted histogram with, for score {@code scale.min() + i}, {@code counts[i]}
     * responses whose weights sum to {@code weights[i]} and whose squared weights sum to
     * {@code squaredWeights[i]}: the per-score sums a query engine computes, for example} The
     * arrays are copied.
     *
     * @param scale the scale the scores lie on
     * @param counts the number of responses of each score, from {@code scale.min()}
     * @param weights the sum of the weights of each score's responses
     * @param squaredWeights the sum of the squared weights of each score's responses
     * @throws IllegalArgumentException when an array does not have one entry per point, a
     *     count is negative, the counts sum to more than a {@code long} holds, a sum is
     *     negative or non-finite, or the sums of a score cannot come from its count of weights
     *     in [1e-100, 1e100] (see {@link #fromByteArray(byte[])})
     */
    public static WeightedScoreHistogram of(
            Scale scale, long[] counts, double[] weights, double[] squaredWeights) {
        int points = Objects.requireNonNull(scale, "scale").points();
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(squaredWeights, "squaredWeights");
        checkLength(scale, "counts", counts.length);
        checkLength(scale, "weights", weights.length);
        checkLength(scale, "squaredWeights", squaredWeights.length);
        for (int i = 0; i < points; i++) {
            int score = scale.min() + i;
            if (counts[i] < 0) {
                throw new IllegalArgumentException(
                        TYPE + " count of score " + score + " must be >= 0, was " + counts[i]);
            }
            checkSums(
                    score,
                    counts[i],
                    checkWeightSum(weights[i], "weight sum", score),
                    checkWeightSum(squaredWeights[i], "squared weight sum", score));
        }
        BinaryForm.total(counts, TYPE);
        return new WeightedScoreHistogram(
                scale, counts.clone(), weights.clone(), squaredWeights.clone());
    }

    /** {@return the scale the scores lie on} */
    public Scale scale() {
        return scale;
    }

    /** {@return the unweighted histogram of the same responses} */
    public ScoreHistogram unweighted() {
        return new ScoreHistogram(scale, counts.clone());
    }

    /** {@return number of responses} */
    public long n() {
        return n;
    }

    /** {@return true when there are no responses or their weights sum to zero} */
    public boolean isEmpty() {
        return totalWeight() == 0;
    }

    /**
     * {@return number of responses with score {@code score}}
     *
     * @param score a score on the scale
     */
    public long count(int score) {
        return counts[index(score)];
    }

    /**
     * {@return sum of the weights of responses with score {@code score}}
     *
     * @param score a score on the scale
     */
    public double weight(int score) {
        return weights[index(score)];
    }

    /**
     * {@return sum of the squared weights of responses with score {@code score}}
     *
     * @param score a score on the scale
     */
    public double squaredWeight(int score) {
        return squaredWeights[index(score)];
    }

    /** {@return sum of all weights} */
    public double totalWeight() {
        return sum(weights);
    }

    /** {@return sum of all squared weights} */
    public double totalSquaredWeight() {
        return sum(squaredWeights);
    }

    /**
     * {@return sum of the weights of responses with a score in {@code [from, to]}}
     *
     * @param from the lowest score of the range, on the scale
     * @param to the highest score of the range, on the scale, {@code >= from}
     */
    public double weightBetween(int from, int to) {
        int first = index(from);
        int last = index(to);
        if (from > to) {
            throw new IllegalArgumentException("to must be >= from (" + from + "), was " + to);
        }
        double total = 0;
        for (int i = first; i <= last; i++) {
            total += weights[i];
        }
        return total;
    }

    /**
     * {@return weighted share of responses with a score in {@code [from, to]}, in [0, 1]}
     *
     * @param from the lowest score of the range, on the scale
     * @param to the highest score of the range, on the scale, {@code >= from}
     */
    public double shareBetween(int from, int to) {
        double inRange = weightBetween(from, to);
        return inRange / requireNonEmpty("weighted share");
    }

    /** {@return weighted mean score} */
    public double mean() {
        double total = requireNonEmpty("weighted mean");
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (scale.min() + i);
        }
        return sum / total;
    }

    /**
     * {@return Kish's effective sample size {@code (sum w)^2 / sum w^2} (Kish 1965): the number of
     * unweighted responses that would give the same precision}
     */
    public double effectiveN() {
        double total = requireNonEmpty("effective n");
        return total * (total / totalSquaredWeight());
    }

    /**
     * {@return Kish's design effect due to weighting, {@code n sum w^2 / (sum w)^2 = n / n_eff}}
     */
    public double designEffect() {
        return n() / effectiveN();
    }

    /**
     * Encodes this histogram: the {@link BinaryForm} header (magic {@code "CXWH"}), then per
     * score from {@code min} to {@code max} a big-endian {@code long} count, {@code double}
     * weight sum and {@code double} squared-weight sum.
     *
     * @return the encoded histogram, a new array
     */
    public byte[] toByteArray() {
        ByteBuffer buffer = BinaryForm.start(MAGIC, scale, BYTES_PER_POINT);
        for (int i = 0; i < counts.length; i++) {
            buffer.putLong(counts[i]).putDouble(weights[i]).putDouble(squaredWeights[i]);
        }
        return buffer.array();
    }

    /**
     * Decodes bytes written by {@link #toByteArray()}.
     *
     * @param bytes the encoded histogram
     * @return the decoded histogram
     * @throws IllegalArgumentException on a wrong magic, version, length or scale, a negative
     *     count, counts summing to more than a {@code long} holds, a negative or non-finite
     *     weight sum, or sums that {@code count} weights cannot have: weight on a score with no
     *     response, a squared-weight sum larger than the squared weight sum, an effective
     *     count larger than the count ({@code (sum w)^2 > count sum w^2}), or sums outside
     *     what weights in [1e-100, 1e100] give
     */
    public static WeightedScoreHistogram fromByteArray(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(Objects.requireNonNull(bytes, "bytes"));
        Scale scale = BinaryForm.readHeader(buffer, MAGIC, TYPE, BYTES_PER_POINT);
        int points = scale.points();
        long[] counts = new long[points];
        double[] weights = new double[points];
        double[] squaredWeights = new double[points];
        for (int i = 0; i < points; i++) {
            int score = scale.min() + i;
            counts[i] = BinaryForm.readCount(buffer, TYPE, score);
            weights[i] = checkWeightSum(buffer.getDouble(), "weight sum", score);
            squaredWeights[i] = checkWeightSum(buffer.getDouble(), "squared weight sum", score);
            checkSums(score, counts[i], weights[i], squaredWeights[i]);
        }
        BinaryForm.total(counts, TYPE);
        return new WeightedScoreHistogram(scale, counts, weights, squaredWeights);
    }

    long[] rawCounts() {
        return counts;
    }

    double[] rawWeights() {
        return weights;
    }

    double[] rawSquaredWeights() {
        return squaredWeights;
    }

    private static void checkLength(Scale scale, String field, int length) {
        if (length != scale.points()) {
            throw new IllegalArgumentException(field + " must have " + scale.points()
                    + " entries for scale " + scale + ", had " + length);
        }
    }

    /**
     * Rejects sums that {@code count} weights, each 0 or in [1e-100, 1e100], cannot have. With
     * {@code W} the weight sum and {@code S} the squared-weight sum: {@code W = 0} exactly when
     * {@code S = 0}; {@code S <= W^2} (weights are not negative); {@code W^2 <= count S}
     * (Cauchy-Schwarz: the effective count is at most the count); {@code W <= count 1e100} and
     * {@code S >= 1e-200} when positive. Compared through {@code sqrt(S)}, so that nothing
     * overflows, with a relative tolerance of 1e-9 for the rounding of the sums.
     */
    private static void checkSums(int score, long count, double weight, double squaredWeight) {
        if (count == 0 && (weight != 0 || squaredWeight != 0)) {
            throw new IllegalArgumentException(TYPE + " weight sums of score " + score
                    + " must be 0 when its count is 0, were " + weight + " and "
                    + squaredWeight);
        }
        if ((weight == 0) != (squaredWeight == 0)) {
            throw new IllegalArgumentException(TYPE + " weight sums of score " + score
                    + " must both be 0 or both be > 0, were " + weight + " and "
                    + squaredWeight);
        }
        if (weight == 0) {
            return;
        }
        double root = Math.sqrt(squaredWeight);
        double tolerance = 1 + 1e-9;
        if (root > weight * tolerance || weight > Math.sqrt((double) count) * root * tolerance) {
            throw new IllegalArgumentException(TYPE + " weight sums of score " + score
                    + " cannot come from " + count + " weights: need (sum w)^2 / sum w^2 in [1, "
                    + count + "], were sum w = " + weight + " and sum w^2 = " + squaredWeight);
        }
        if (weight > count * Scales.MAX_WEIGHT * tolerance
                || squaredWeight < Scales.MIN_WEIGHT * Scales.MIN_WEIGHT / tolerance) {
            throw new IllegalArgumentException(TYPE + " weight sums of score " + score
                    + " must come from weights in [" + Scales.MIN_WEIGHT + ", "
                    + Scales.MAX_WEIGHT + "], were sum w = " + weight + " and sum w^2 = "
                    + squaredWeight + " for " + count + " responses");
        }
    }

    private static double checkWeightSum(double value, String field, int score) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(TYPE + " " + field + " of score " + score
                    + " must be finite and >= 0, was " + value);
        }
        return value;
    }

    private int index(int score) {
        return scale.check(score, "score") - scale.min();
    }

    private double requireNonEmpty(String metric) {
        double total = totalWeight();
        if (total == 0) {
            throw new IllegalStateException(metric + " is undefined for an empty weighted "
                    + "histogram on " + scale + " (n=" + n() + ", total weight 0)");
        }
        return total;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeightedScoreHistogram histogram
                && scale.equals(histogram.scale)
                && Arrays.equals(counts, histogram.counts)
                && Arrays.equals(weights, histogram.weights)
                && Arrays.equals(squaredWeights, histogram.squaredWeights);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                scale,
                Arrays.hashCode(counts),
                Arrays.hashCode(weights),
                Arrays.hashCode(squaredWeights));
    }

    @Override
    public String toString() {
        return "WeightedScoreHistogram{" + scale + ", n=" + n() + ", weights="
                + Arrays.toString(weights) + "}";
    }
}
