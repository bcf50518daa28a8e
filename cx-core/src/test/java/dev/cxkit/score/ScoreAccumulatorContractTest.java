package dev.cxkit.score;

import dev.cxkit.model.Scale;
import dev.cxkit.testing.Property.Trial;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

class ScoreAccumulatorContractTest
        extends AccumulatorContract<ScoreAccumulator, ScoreHistogram, int[]> {

    @Override
    protected ScoreAccumulator create() {
        return ScoreAccumulator.create(Scale.NPS);
    }

    @Override
    protected int[] data(Trial trial, int size) {
        return trial.intsIn(size, 0, 10);
    }

    @Override
    protected void addEach(ScoreAccumulator accumulator, int[] scores, int from, int to) {
        for (int i = from; i < to; i++) {
            accumulator.add(scores[i]);
        }
    }

    /** The first half through the {@code int[]} column, the rest through {@code byte[]}. */
    @Override
    protected void addBatch(ScoreAccumulator accumulator, int[] scores, int from, int to) {
        int middle = (from + to) >>> 1;
        accumulator.addAll(scores, from, middle);
        byte[] bytes = new byte[scores.length];
        for (int i = 0; i < scores.length; i++) {
            bytes[i] = (byte) scores[i];
        }
        accumulator.addAll(bytes, middle, to);
    }

    @Override
    protected void merge(ScoreAccumulator into, ScoreAccumulator other) {
        into.merge(other);
    }

    @Override
    protected ScoreHistogram snapshot(ScoreAccumulator accumulator) {
        return accumulator.snapshot();
    }

    @Override
    protected ScoreHistogram collect(int[] scores, int size, boolean parallel) {
        IntStream stream = IntStream.range(0, size).map(i -> scores[i]);
        return (parallel ? stream.parallel() : stream)
                .boxed()
                .collect(ScoreAccumulator.toHistogramOfScores(Scale.NPS));
    }

    @Override
    protected List<byte[]> encode(ScoreHistogram histogram) {
        return List.of(histogram.toByteArray());
    }

    @Override
    protected ScoreHistogram decode(List<byte[]> parts) {
        return ScoreHistogram.fromByteArray(parts.get(0));
    }

    @Override
    protected ScoreHistogram combine(ScoreHistogram first, ScoreHistogram second) {
        return first.plus(second);
    }

    @Override
    protected OptionalInt firstCountOffset(byte[] firstPart) {
        return afterScaleHeader(firstPart);
    }
}
