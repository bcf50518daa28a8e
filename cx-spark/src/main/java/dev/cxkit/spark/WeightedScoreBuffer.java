package dev.cxkit.spark;

import dev.cxkit.model.Scale;
import dev.cxkit.score.WeightedScoreAccumulator;
import dev.cxkit.score.WeightedScoreHistogram;
import java.util.Optional;

/**
 * The aggregation buffer of the cxkit weighted score aggregators: a
 * {@link WeightedScoreAccumulator}, updated in place row by row, that crosses Spark's shuffle
 * as its {@link WeightedScoreHistogram#toByteArray() binary form}.
 *
 * <p>A Java bean only because Spark's bean encoder needs one; see {@link ScoreBuffer}, which it
 * mirrors for weighted histograms. Applications do not use this class directly. Not
 * thread-safe.
 */
public final class WeightedScoreBuffer
        implements HistogramBuffer<WeightedScoreBuffer, WeightedScoreHistogram> {

    private WeightedScoreAccumulator accumulator;

    /** A buffer with no scale yet; for Spark's encoder. */
    public WeightedScoreBuffer() {}

    private WeightedScoreBuffer(WeightedScoreAccumulator accumulator) {
        this.accumulator = accumulator;
    }

    static WeightedScoreBuffer empty(Scale scale) {
        return new WeightedScoreBuffer(WeightedScoreAccumulator.create(scale));
    }

    /** The binary form of the histogram so far, or {@code null} while there is no scale. */
    public byte[] getBytes() {
        return accumulator == null ? null : accumulator.snapshot().toByteArray();
    }

    /** Replaces the contents by the decoded {@code bytes}; {@code null} means no scale. */
    public void setBytes(byte[] bytes) {
        accumulator = null;
        if (bytes != null) {
            merge(WeightedScoreHistogram.fromByteArray(bytes));
        }
    }

    /** Adds a score (checked against the scale) with its weight (finite, {@code >= 0}). */
    void add(long score, double weight) {
        accumulator.add(Scores.onScale(score, accumulator.scale()), weight);
    }

    /** Adds {@code histogram}, adopting its scale when this buffer has none yet. */
    void merge(WeightedScoreHistogram histogram) {
        if (accumulator == null) {
            accumulator = WeightedScoreAccumulator.create(histogram.scale());
        }
        accumulator.merge(histogram);
    }

    @Override
    public void merge(WeightedScoreBuffer other) {
        other.histogram().ifPresent(this::merge);
    }

    @Override
    public Optional<WeightedScoreHistogram> histogram() {
        return Optional.ofNullable(accumulator).map(WeightedScoreAccumulator::snapshot);
    }
}
