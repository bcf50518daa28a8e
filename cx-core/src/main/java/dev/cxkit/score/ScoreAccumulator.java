package dev.cxkit.score;

import dev.cxkit.internal.Counts;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import java.util.Objects;
import java.util.stream.Collector;

/**
 * A mutable histogram of scores on one {@link Scale}; {@link #snapshot()} gives the immutable
 * {@link ScoreHistogram}.
 *
 * <p>Scores arrive one at a time ({@link #add(int)}, {@link #add(SurveyResponse)}), from a
 * stream ({@link #toHistogram(Scale)}), or as columns ({@link #addAll(byte[], int, int)},
 * {@link #addAll(int[], int, int)}), which count without allocating and without a branch on
 * the score. {@link #merge(ScoreAccumulator)} adds another accumulator's counts: exact,
 * associative and commutative.
 *
 * <p>Not thread-safe: give each thread its own accumulator and merge them, as the
 * {@link Collector} does on a parallel stream. A score off the scale is rejected with an
 * {@link IllegalArgumentException} and leaves the accumulator unchanged.
 */
public final class ScoreAccumulator {

    private final Scale scale;
    private final long[] counts;

    private ScoreAccumulator(Scale scale) {
        this.scale = scale;
        this.counts = new long[scale.points()];
    }

    /**
     * {@return an empty accumulator for scores on {@code scale}}
     *
     * @param scale the scale the scores lie on
     */
    public static ScoreAccumulator create(Scale scale) {
        return new ScoreAccumulator(Objects.requireNonNull(scale, "scale"));
    }

    /**
     * {@return a collector of responses into a histogram on {@code scale}; safe on parallel
     * streams} Survey weights are ignored: use {@link WeightedScoreAccumulator#toHistogram(Scale)}
     * for weighted surveys.
     *
     * @param scale the scale the scores lie on
     */
    public static Collector<SurveyResponse, ScoreAccumulator, ScoreHistogram> toHistogram(
            Scale scale) {
        Objects.requireNonNull(scale, "scale");
        return Collector.of(
                () -> create(scale),
                ScoreAccumulator::add,
                ScoreAccumulator::merge,
                ScoreAccumulator::snapshot,
                Collector.Characteristics.UNORDERED);
    }

    /**
     * {@return a collector of integer scores into a histogram on {@code scale}; parallel-safe}
     *
     * @param scale the scale the scores lie on
     */
    public static Collector<Integer, ScoreAccumulator, ScoreHistogram> toHistogramOfScores(
            Scale scale) {
        Objects.requireNonNull(scale, "scale");
        return Collector.of(
                () -> create(scale),
                ScoreAccumulator::add,
                ScoreAccumulator::merge,
                ScoreAccumulator::snapshot,
                Collector.Characteristics.UNORDERED);
    }

    /** {@return the scale of the scores} */
    public Scale scale() {
        return scale;
    }

    /** {@return number of scores added so far} */
    public long n() {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return total;
    }

    /**
     * Adds one score, which must lie on the scale.
     *
     * @param score a score on the scale
     * @return this accumulator
     */
    public ScoreAccumulator add(int score) {
        counts[scale.check(score, "score") - scale.min()]++;
        return this;
    }

    /**
     * Adds a response's score; its scale must be this accumulator's. The survey weight is
     * ignored.
     *
     * @param response the survey response, on this scale
     * @return this accumulator
     */
    public ScoreAccumulator add(SurveyResponse response) {
        Scales.requireSame(scale, Objects.requireNonNull(response, "response").scale());
        counts[response.score() - scale.min()]++;
        return this;
    }

    /**
     * Adds every score of a column.
     *
     * @param scores a column of scores on the scale
     * @return this accumulator
     */
    public ScoreAccumulator addAll(byte[] scores) {
        return addAll(scores, 0, Objects.requireNonNull(scores, "scores").length);
    }

    /**
     * Adds {@code scores[from, to)}, without allocating.
     *
     * @param scores a column of scores on the scale
     * @param from the first index, inclusive
     * @param to the last index, exclusive
     * @return this accumulator
     * @throws IllegalArgumentException naming the first position whose score is off the
     *     scale; the accumulator is then unchanged
     */
    public ScoreAccumulator addAll(byte[] scores, int from, int to) {
        Objects.checkFromToIndex(from, to, Objects.requireNonNull(scores, "scores").length);
        ColumnKernels.count(counts, scale.min(), scores, from, to);
        return this;
    }

    /**
     * Adds every score of a column.
     *
     * @param scores a column of scores on the scale
     * @return this accumulator
     */
    public ScoreAccumulator addAll(int[] scores) {
        return addAll(scores, 0, Objects.requireNonNull(scores, "scores").length);
    }

    /**
     * Adds {@code scores[from, to)}, without allocating.
     *
     * @param scores a column of scores on the scale
     * @param from the first index, inclusive
     * @param to the last index, exclusive
     * @return this accumulator
     * @throws IllegalArgumentException naming the first position whose score is off the
     *     scale; the accumulator is then unchanged
     */
    public ScoreAccumulator addAll(int[] scores, int from, int to) {
        Objects.checkFromToIndex(from, to, Objects.requireNonNull(scores, "scores").length);
        ColumnKernels.count(counts, scale.min(), scores, from, to);
        return this;
    }

    /**
     * Adds the counts of {@code other}, whose scale must be this one's.
     *
     * @param other the accumulator whose counts are added; unchanged
     * @return this accumulator
     * @throws IllegalArgumentException when the scales differ, or when the merged number of
     *     responses would exceed {@link Long#MAX_VALUE}; this accumulator is then unchanged
     */
    public ScoreAccumulator merge(ScoreAccumulator other) {
        Scales.requireSame(scale, Objects.requireNonNull(other, "other").scale);
        addCounts(other.counts);
        return this;
    }

    /**
     * Adds the counts of {@code histogram}, whose scale must be this one's.
     *
     * @param histogram the histogram whose counts are added
     * @return this accumulator
     * @throws IllegalArgumentException when the scales differ, or when the merged number of
     *     responses would exceed {@link Long#MAX_VALUE}; this accumulator is then unchanged
     */
    public ScoreAccumulator merge(ScoreHistogram histogram) {
        Scales.requireSame(scale, Objects.requireNonNull(histogram, "histogram").scale());
        addCounts(histogram.rawCounts());
        return this;
    }

    /** {@return the histogram of the scores added so far; later additions do not change it} */
    public ScoreHistogram snapshot() {
        return new ScoreHistogram(scale, counts.clone());
    }

    /** Adds {@code other} bin by bin once the merged total is known to fit a {@code long}. */
    private void addCounts(long[] other) {
        Counts.add(n(), Counts.total(other, "responses"), "responses");
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other[i];
        }
    }
}
