package dev.cxkit.score;

import dev.cxkit.model.Scale;
import dev.cxkit.testing.Property.Trial;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collector;
import java.util.stream.IntStream;

/**
 * The segmented accumulator's result is its list of per-segment histograms; its binary form is
 * theirs, one part per segment.
 */
class SegmentedScoreAccumulatorContractTest
        extends AccumulatorContract<
                SegmentedScoreAccumulator,
                List<ScoreHistogram>,
                SegmentedScoreAccumulatorContractTest.Columns> {

    private static final int SEGMENTS = 5;

    /** A score column and a segment-id column side by side. */
    record Columns(byte[] scores, int[] segmentIds) {}

    @Override
    protected SegmentedScoreAccumulator create() {
        return SegmentedScoreAccumulator.create(Scale.NPS, SEGMENTS);
    }

    @Override
    protected Columns data(Trial trial, int size) {
        byte[] scores = new byte[size];
        for (int i = 0; i < size; i++) {
            scores[i] = (byte) trial.intIn(0, 10);
        }
        return new Columns(scores, trial.intsIn(size, 0, SEGMENTS - 1));
    }

    @Override
    protected void addEach(SegmentedScoreAccumulator accumulator, Columns data, int from, int to) {
        for (int i = from; i < to; i++) {
            accumulator.add(data.segmentIds()[i], data.scores()[i]);
        }
    }

    @Override
    protected void addBatch(SegmentedScoreAccumulator accumulator, Columns data, int from, int to) {
        accumulator.addAll(data.scores(), data.segmentIds(), from, to);
    }

    @Override
    protected void merge(SegmentedScoreAccumulator into, SegmentedScoreAccumulator other) {
        into.merge(other);
    }

    @Override
    protected List<ScoreHistogram> snapshot(SegmentedScoreAccumulator accumulator) {
        return accumulator.snapshot();
    }

    /** A collector over row indices with the accumulator as container and merge as combiner. */
    @Override
    protected List<ScoreHistogram> collect(Columns data, int size, boolean parallel) {
        Collector<Integer, SegmentedScoreAccumulator, List<ScoreHistogram>> collector =
                Collector.of(
                        this::create,
                        (accumulator, i) -> accumulator.add(data.segmentIds()[i], data.scores()[i]),
                        SegmentedScoreAccumulator::merge,
                        SegmentedScoreAccumulator::snapshot,
                        Collector.Characteristics.UNORDERED);
        IntStream indices = IntStream.range(0, size);
        return (parallel ? indices.parallel() : indices).boxed().collect(collector);
    }

    @Override
    protected List<byte[]> encode(List<ScoreHistogram> histograms) {
        return histograms.stream().map(ScoreHistogram::toByteArray).toList();
    }

    @Override
    protected List<ScoreHistogram> decode(List<byte[]> parts) {
        return parts.stream().map(ScoreHistogram::fromByteArray).toList();
    }

    /** Segment by segment. */
    @Override
    protected List<ScoreHistogram> combine(
            List<ScoreHistogram> first, List<ScoreHistogram> second) {
        return IntStream.range(0, first.size())
                .mapToObj(segment -> first.get(segment).plus(second.get(segment)))
                .toList();
    }

    @Override
    protected OptionalInt firstCountOffset(byte[] firstPart) {
        return afterScaleHeader(firstPart);
    }
}
