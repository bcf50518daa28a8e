package dev.cxkit.spark;

import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.WeightedScoreAccumulator;
import dev.cxkit.score.WeightedScoreHistogram;

/**
 * The aggregation buffer of {@code cx_merge_histograms}: a {@link ScoreAccumulator} or a
 * {@link WeightedScoreAccumulator}, whichever kind of histogram bytes the group holds, that
 * crosses Spark's shuffle as its binary form.
 *
 * <p>It is a Java bean only because Spark's bean encoder needs one: the single property
 * {@code bytes} is the histogram's binary form, computed when read and decoded when written,
 * or {@code null} while the buffer has seen no histogram and knows neither kind nor scale.
 * Applications do not use this class directly. Not thread-safe, like the accumulators.
 */
public final class MergeBuffer {

    private static final String FUNCTION = "cx_merge_histograms";

    private ScoreAccumulator unweighted;
    private WeightedScoreAccumulator weighted;

    /** A buffer with no histogram yet; for Spark's encoder. */
    public MergeBuffer() {}

    /** The binary form of the sum so far, or {@code null} while there is none. */
    public byte[] getBytes() {
        if (weighted != null) {
            return weighted.snapshot().toByteArray();
        }
        return unweighted == null ? null : unweighted.snapshot().toByteArray();
    }

    /** Replaces the contents by the decoded {@code bytes}; {@code null} means empty. */
    public void setBytes(byte[] bytes) {
        unweighted = null;
        weighted = null;
        if (bytes != null) {
            add(bytes);
        }
    }

    /**
     * Adds one histogram's bytes, of either kind; a group must hold one kind on one scale.
     *
     * @throws org.apache.spark.SparkRuntimeException naming the function when the bytes are
     *     malformed, of the other kind than the group's so far, or on another scale
     */
    void add(byte[] bytes) {
        if (HistogramBytes.isWeighted(bytes)) {
            requireKind(unweighted == null, "a weighted histogram", "unweighted ones");
            WeightedScoreHistogram histogram =
                    decode(() -> HistogramBytes.weighted(FUNCTION, bytes));
            if (weighted == null) {
                weighted = WeightedScoreAccumulator.create(histogram.scale());
            }
            merge(() -> weighted.merge(histogram));
        } else {
            requireKind(weighted == null, "an unweighted histogram", "weighted ones");
            ScoreHistogram histogram = decode(() -> HistogramBytes.unweighted(FUNCTION, bytes));
            if (unweighted == null) {
                unweighted = ScoreAccumulator.create(histogram.scale());
            }
            merge(() -> unweighted.merge(histogram));
        }
    }

    /** Adds the contents of {@code other}. */
    void merge(MergeBuffer other) {
        byte[] bytes = other.getBytes();
        if (bytes != null) {
            add(bytes);
        }
    }

    private static void requireKind(boolean sameKind, String found, String group) {
        if (!sameKind) {
            throw CxErrors.runtime(
                    FUNCTION + " merges one kind of histogram per group, found "
                            + found + " among " + group
                            + "; merge the bytes of cx_*_histogram and of "
                            + "cx_*_weighted_histogram in separate groups",
                    null);
        }
    }

    private static <T> T decode(java.util.function.Supplier<T> decode) {
        try {
            return decode.get();
        } catch (IllegalArgumentException e) {
            throw CxErrors.runtime(e.getMessage(), e);
        }
    }

    private static void merge(Runnable merge) {
        try {
            merge.run();
        } catch (IllegalArgumentException e) {
            throw CxErrors.runtime(
                    FUNCTION + " merges histograms on one scale per group: " + e.getMessage(), e);
        }
    }
}
