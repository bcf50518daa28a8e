package dev.cxkit.spark;

import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.WeightedScoreAccumulator;
import dev.cxkit.score.WeightedScoreHistogram;

import java.util.function.Supplier;

/**
 * The aggregation buffer of {@code cx_merge_histograms} and {@code try_cx_merge_histograms}: a
 * {@link ScoreAccumulator} or a {@link WeightedScoreAccumulator}, whichever kind of histogram
 * bytes the group holds, that crosses Spark's shuffle as its binary form, and the number of
 * rows whose bytes the {@code try_} variant skipped because they do not decode.
 *
 * <p>It is a Java bean only because Spark's bean encoder needs one: the property {@code bytes}
 * is the histogram's binary form, computed when read and decoded when written, or {@code null}
 * while the buffer has seen no histogram and knows neither kind nor scale; {@code invalid} is
 * the count of skipped rows. Applications do not use this class directly. Not thread-safe,
 * like the accumulators.
 */
public final class MergeBuffer {

    private ScoreAccumulator unweighted;
    private WeightedScoreAccumulator weighted;
    private long invalid;

    /** A buffer with no histogram yet; for Spark's encoder. */
    public MergeBuffer() {}

    /** {@return the binary form of the sum so far, or {@code null} while there is none} */
    public byte[] getBytes() {
        if (weighted != null) {
            return weighted.snapshot().toByteArray();
        }
        return unweighted == null ? null : unweighted.snapshot().toByteArray();
    }

    /**
     * Replaces the histogram by the decoded {@code bytes}; {@code null} means none.
     *
     * @param bytes a histogram's binary form, or {@code null}
     */
    public void setBytes(byte[] bytes) {
        unweighted = null;
        weighted = null;
        if (bytes != null) {
            add(bytes, false);
        }
    }

    /** {@return the number of rows skipped because their bytes do not decode} */
    public long getInvalid() {
        return invalid;
    }

    /**
     * Sets the number of skipped rows; for Spark's encoder.
     *
     * @param invalid the number of rows skipped so far, {@code >= 0}
     */
    public void setInvalid(long invalid) {
        this.invalid = invalid;
    }

    /**
     * Adds one histogram's bytes, of either kind; a group must hold one kind on one scale. With
     * {@code skipUnreadable}, bytes that do not decode are counted as invalid instead.
     *
     * @throws org.apache.spark.SparkRuntimeException naming the function when the bytes do not
     *     decode (and are not skipped), are of the other kind than the group's so far, or on
     *     another scale
     */
    void add(byte[] bytes, boolean skipUnreadable) {
        String function = (skipUnreadable ? "try_" : "") + "cx_merge_histograms";
        if (HistogramBytes.isWeighted(bytes)) {
            WeightedScoreHistogram histogram =
                    decode(() -> HistogramBytes.weighted(function, bytes), skipUnreadable);
            if (histogram != null) {
                requireKind(
                        function, unweighted == null, "a weighted histogram", "unweighted ones");
                if (weighted == null) {
                    weighted = WeightedScoreAccumulator.create(histogram.scale());
                }
                merge(function, () -> weighted.merge(histogram));
            }
        } else {
            ScoreHistogram histogram =
                    decode(() -> HistogramBytes.unweighted(function, bytes), skipUnreadable);
            if (histogram != null) {
                requireKind(function, weighted == null, "an unweighted histogram", "weighted ones");
                if (unweighted == null) {
                    unweighted = ScoreAccumulator.create(histogram.scale());
                }
                merge(function, () -> unweighted.merge(histogram));
            }
        }
    }

    /** Adds the contents of {@code other}: its histogram and its count of skipped rows. */
    void merge(MergeBuffer other) {
        byte[] bytes = other.getBytes();
        if (bytes != null) {
            add(bytes, false);
        }
        invalid += other.invalid;
    }

    /** The decoded histogram; {@code null} (and one more invalid row) when skipped. */
    private <T> T decode(Supplier<T> decode, boolean skipUnreadable) {
        try {
            return decode.get();
        } catch (IllegalArgumentException e) {
            if (skipUnreadable) {
                invalid++;
                return null;
            }
            throw CxErrors.runtime(e.getMessage(), e);
        }
    }

    private static void requireKind(String function, boolean sameKind, String found, String group) {
        if (!sameKind) {
            throw CxErrors.runtime(
                    function + " merges one kind of histogram per group, found "
                            + found + " among " + group
                            + "; merge the bytes of cx_*_histogram and of "
                            + "cx_*_weighted_histogram in separate groups",
                    null);
        }
    }

    private static void merge(String function, Runnable merge) {
        try {
            merge.run();
        } catch (IllegalArgumentException e) {
            throw CxErrors.runtime(
                    function + " merges histograms on one scale per group: " + e.getMessage(), e);
        }
    }
}
