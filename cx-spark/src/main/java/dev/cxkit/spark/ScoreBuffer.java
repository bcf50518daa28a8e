package dev.cxkit.spark;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import java.util.Optional;

/**
 * The aggregation buffer of the cxkit score aggregators: a {@link ScoreAccumulator}, counted in
 * place row by row, that crosses Spark's shuffle as its {@link ScoreHistogram#toByteArray()
 * binary form}.
 *
 * <p>It is a Java bean only because Spark's bean encoder needs one: the single property
 * {@code bytes} is the histogram's binary form, computed when read and decoded when written,
 * or {@code null} while the buffer has seen no score and does not know its scale yet (the
 * buffer of {@link CxFunctions#mergeHistograms()} learns the scale from its first input).
 * Applications do not use this class directly. Not thread-safe, like the accumulator.
 */
public final class ScoreBuffer implements HistogramBuffer<ScoreBuffer, ScoreHistogram> {

    private ScoreAccumulator accumulator;

    /** A buffer with no scale yet; for Spark's encoder. */
    public ScoreBuffer() {}

    private ScoreBuffer(ScoreAccumulator accumulator) {
        this.accumulator = accumulator;
    }

    static ScoreBuffer empty(Scale scale) {
        return new ScoreBuffer(ScoreAccumulator.create(scale));
    }

    /** The binary form of the histogram so far, or {@code null} while there is no scale. */
    public byte[] getBytes() {
        return accumulator == null ? null : accumulator.snapshot().toByteArray();
    }

    /** Replaces the contents by the decoded {@code bytes}; {@code null} means no scale. */
    public void setBytes(byte[] bytes) {
        accumulator = null;
        if (bytes != null) {
            merge(ScoreHistogram.fromByteArray(bytes));
        }
    }

    /** Adds a score, checked against the scale. */
    void add(long score) {
        accumulator.add(Scores.onScale(score, accumulator.scale()));
    }

    /** Adds {@code histogram}, adopting its scale when this buffer has none yet. */
    void merge(ScoreHistogram histogram) {
        if (accumulator == null) {
            accumulator = ScoreAccumulator.create(histogram.scale());
        }
        accumulator.merge(histogram);
    }

    @Override
    public void merge(ScoreBuffer other) {
        other.histogram().ifPresent(this::merge);
    }

    @Override
    public Optional<ScoreHistogram> histogram() {
        return Optional.ofNullable(accumulator).map(ScoreAccumulator::snapshot);
    }
}
