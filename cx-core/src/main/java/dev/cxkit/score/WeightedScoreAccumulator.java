package dev.cxkit.score;

import dev.cxkit.internal.Counts;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import java.util.Objects;
import java.util.stream.Collector;

/**
 * A mutable histogram of weighted scores on one {@link Scale}: per score the count, the sum of
 * weights and the sum of squared weights. {@link #snapshot()} gives the immutable
 * {@link WeightedScoreHistogram}.
 *
 * <p>Weights must be 0 or in [{@value SurveyResponse#MIN_WEIGHT},
 * {@value SurveyResponse#MAX_WEIGHT}] ({@link SurveyResponse#isValidWeight(double)}): the
 * squared weights of up to {@code Long.MAX_VALUE} responses and every weighted statistic stay
 * finite, so adding and merging never give NaN; a weight outside that range is rejected with an
 * {@link IllegalArgumentException} naming it. Merging adds counts exactly and weight sums in
 * floating point. Not thread-safe: merge per-thread accumulators, as the {@link Collector}
 * does on a parallel stream. A rejected value leaves the accumulator unchanged.
 */
public final class WeightedScoreAccumulator {

    private final Scale scale;
    private final long[] counts;
    private final double[] weights;
    private final double[] squaredWeights;

    private WeightedScoreAccumulator(Scale scale) {
        this.scale = scale;
        this.counts = new long[scale.points()];
        this.weights = new double[scale.points()];
        this.squaredWeights = new double[scale.points()];
    }

    /**
     * {@return an empty accumulator for weighted scores on {@code scale}}
     *
     * @param scale the scale the scores lie on
     */
    public static WeightedScoreAccumulator create(Scale scale) {
        return new WeightedScoreAccumulator(Objects.requireNonNull(scale, "scale"));
    }

    /**
     * {@return a collector of responses, with their survey weights, into a weighted histogram}
     *
     * @param scale the scale the scores lie on
     */
    public static Collector<SurveyResponse, WeightedScoreAccumulator, WeightedScoreHistogram>
            toHistogram(Scale scale) {
        Objects.requireNonNull(scale, "scale");
        return Collector.of(
                () -> create(scale),
                WeightedScoreAccumulator::add,
                WeightedScoreAccumulator::merge,
                WeightedScoreAccumulator::snapshot,
                Collector.Characteristics.UNORDERED);
    }

    /** {@return the scale of the scores} */
    public Scale scale() {
        return scale;
    }

    /**
     * Adds one score with weight {@code weight}.
     *
     * @param score a score on the scale
     * @param weight the survey weight, 0 or in [{@value SurveyResponse#MIN_WEIGHT},
     *     {@value SurveyResponse#MAX_WEIGHT}]
     * @return this accumulator
     * @throws IllegalArgumentException when the score is off the scale or the weight out of
     *     range; the accumulator is then unchanged
     */
    public WeightedScoreAccumulator add(int score, double weight) {
        int index = scale.check(score, "score") - scale.min();
        addAt(index, Scales.checkWeight(weight));
        return this;
    }

    /**
     * Adds a response's score with its survey weight; its scale must be this one's. The weight
     * is valid, as every response's is ({@link SurveyResponse#isValidWeight(double)}).
     *
     * @param response the survey response, on this scale
     * @return this accumulator
     */
    public WeightedScoreAccumulator add(SurveyResponse response) {
        Scales.requireSame(scale, Objects.requireNonNull(response, "response").scale());
        addAt(response.score() - scale.min(), response.weight());
        return this;
    }

    /**
     * Adds {@code scores[from, to)} with {@code weights[from, to)}, without allocating.
     *
     * @param scores a column of scores on the scale
     * @param weights the survey weight of each score, 0 or in
     *     [{@value SurveyResponse#MIN_WEIGHT}, {@value SurveyResponse#MAX_WEIGHT}]
     * @param from the first index, inclusive
     * @param to the last index, exclusive
     * @return this accumulator
     * @throws IllegalArgumentException naming the first bad position; the accumulator is then
     *     unchanged
     */
    public WeightedScoreAccumulator addAll(byte[] scores, double[] weights, int from, int to) {
        Objects.checkFromToIndex(from, to, Objects.requireNonNull(scores, "scores").length);
        Objects.checkFromToIndex(from, to, Objects.requireNonNull(weights, "weights").length);
        for (int i = from; i < to; i++) {
            if (!scale.contains(scores[i])) {
                throw new IllegalArgumentException("scores[" + i + "] must be in " + scale.min()
                        + ".." + scale.max() + ", was " + scores[i]);
            }
            if (!SurveyResponse.isValidWeight(weights[i])) {
                throw Scales.invalidWeight("weights[" + i + "]", weights[i]);
            }
        }
        for (int i = from; i < to; i++) {
            addAt(scores[i] - scale.min(), weights[i]);
        }
        return this;
    }

    /**
     * Adds the sums of {@code other}, whose scale must be this one's.
     *
     * @param other the accumulator whose sums are added; unchanged
     * @return this accumulator
     * @throws IllegalArgumentException when the scales differ, or when the merged number of
     *     responses would exceed {@link Long#MAX_VALUE}; this accumulator is then unchanged
     */
    public WeightedScoreAccumulator merge(WeightedScoreAccumulator other) {
        Scales.requireSame(scale, Objects.requireNonNull(other, "other").scale);
        addSums(other.counts, other.weights, other.squaredWeights);
        return this;
    }

    /**
     * Adds the sums of {@code histogram}, whose scale must be this one's.
     *
     * @param histogram the weighted histogram whose sums are added
     * @return this accumulator
     * @throws IllegalArgumentException when the scales differ, or when the merged number of
     *     responses would exceed {@link Long#MAX_VALUE}; this accumulator is then unchanged
     */
    public WeightedScoreAccumulator merge(WeightedScoreHistogram histogram) {
        Scales.requireSame(scale, Objects.requireNonNull(histogram, "histogram").scale());
        addSums(histogram.rawCounts(), histogram.rawWeights(), histogram.rawSquaredWeights());
        return this;
    }

    /** {@return the histogram of the scores added so far; later additions do not change it} */
    public WeightedScoreHistogram snapshot() {
        return new WeightedScoreHistogram(
                scale, counts.clone(), weights.clone(), squaredWeights.clone());
    }

    private void addAt(int index, double weight) {
        counts[index]++;
        weights[index] += weight;
        squaredWeights[index] += weight * weight;
    }

    private void addSums(long[] otherCounts, double[] otherWeights, double[] otherSquares) {
        Counts.add(
                Counts.total(counts, "responses"),
                Counts.total(otherCounts, "responses"),
                "responses");
        for (int i = 0; i < counts.length; i++) {
            counts[i] += otherCounts[i];
            weights[i] += otherWeights[i];
            squaredWeights[i] += otherSquares[i];
        }
    }
}
