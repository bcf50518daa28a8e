package dev.cxkit.score;

import dev.cxkit.model.Scale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Score histograms for segments {@code 0..segments-1} at once, filled from a score column and
 * a segment-id column side by side: the columnar path of a scorecard (NPS by touchpoint,
 * region, month...).
 *
 * <p>Counts live in one flat {@code long[segments * points]} table; {@link #addAll(byte[],
 * int[], int, int)} counts without allocating and without a branch on the score or segment.
 * Not thread-safe: give each thread its own accumulator over a slice of the columns and
 * {@link #merge} them (exact, associative, commutative).
 */
public final class SegmentedScoreAccumulator {

    private final Scale scale;
    private final int segments;
    private final long[] counts;

    private SegmentedScoreAccumulator(Scale scale, int segments) {
        this.scale = scale;
        this.segments = segments;
        this.counts = new long[segments * scale.points()];
    }

    /**
     * {@return an empty accumulator for {@code segments} segments (at least 1) on {@code scale}}
     *
     * @param scale the scale the scores lie on
     * @param segments the number of segments, {@code >= 1}
     */
    public static SegmentedScoreAccumulator create(Scale scale, int segments) {
        Objects.requireNonNull(scale, "scale");
        if (segments < 1) {
            throw new IllegalArgumentException("segments must be >= 1, was " + segments);
        }
        int most = Integer.MAX_VALUE / scale.points();
        if (segments > most) {
            throw new IllegalArgumentException("segments must be at most " + most + " (one table"
                    + " of segments x " + scale.points() + " points), was " + segments);
        }
        return new SegmentedScoreAccumulator(scale, segments);
    }

    /** {@return the scale of the scores} */
    public Scale scale() {
        return scale;
    }

    /** {@return number of segments} */
    public int segments() {
        return segments;
    }

    /**
     * Adds one score to segment {@code segment}.
     *
     * @param segment the segment's index, in {@code [0, segments())}
     * @param score a score on the scale
     * @return this accumulator
     */
    public SegmentedScoreAccumulator add(int segment, int score) {
        Objects.checkIndex(segment, segments);
        counts[segment * scale.points() + scale.check(score, "score") - scale.min()]++;
        return this;
    }

    /**
     * Adds {@code scores[i]} to segment {@code segmentIds[i]} for {@code i} in
     * {@code [from, to)}, without allocating.
     *
     * @param scores a column of scores on the scale
     * @param segmentIds the segment of each score, in {@code [0, segments())}
     * @param from the first index, inclusive
     * @param to the last index, exclusive
     * @return this accumulator
     * @throws IllegalArgumentException naming the first bad segment id or score; the
     *     accumulator is then unchanged
     */
    public SegmentedScoreAccumulator addAll(byte[] scores, int[] segmentIds, int from, int to) {
        Objects.checkFromToIndex(from, to, Objects.requireNonNull(scores, "scores").length);
        Objects.checkFromToIndex(from, to, Objects.requireNonNull(segmentIds, "segmentIds").length);
        ColumnKernels.countBySegment(
                counts, scale.points(), scale.min(), scores, segmentIds, from, to);
        return this;
    }

    /**
     * Adds the counts of {@code other}, which must have the same scale and segments.
     *
     * @param other the accumulator whose counts are added; unchanged
     * @return this accumulator
     * @throws IllegalArgumentException when the scales or segment counts differ
     */
    public SegmentedScoreAccumulator merge(SegmentedScoreAccumulator other) {
        Objects.requireNonNull(other, "other");
        Scales.requireSame(scale, other.scale);
        if (other.segments != segments) {
            throw new IllegalArgumentException("segments must be " + segments
                    + " to match this accumulator, was " + other.segments);
        }
        // counts come from adding scores one at a time, so their sums cannot reach a long's limit
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        return this;
    }

    /**
     * {@return the histogram of segment {@code segment} so far}
     *
     * @param segment the segment's index, in {@code [0, segments())}
     */
    public ScoreHistogram histogram(int segment) {
        Objects.checkIndex(segment, segments);
        int from = segment * scale.points();
        return new ScoreHistogram(scale, Arrays.copyOfRange(counts, from, from + scale.points()));
    }

    /** {@return the histograms of all segments so far, in segment order} */
    public List<ScoreHistogram> snapshot() {
        List<ScoreHistogram> histograms = new ArrayList<>(segments);
        for (int segment = 0; segment < segments; segment++) {
            histograms.add(histogram(segment));
        }
        return List.copyOf(histograms);
    }
}
