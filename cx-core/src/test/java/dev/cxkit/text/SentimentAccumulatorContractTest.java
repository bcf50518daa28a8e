package dev.cxkit.text;

import dev.cxkit.score.AccumulatorContract;
import dev.cxkit.testing.Property.Trial;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.DoubleStream;

/**
 * The accumulator laws for sentiment summaries, over scores in [-1, 1] with many exact zeros:
 * the sums are exact, so every law holds bit for bit (summaries are compared with equals). The
 * binary form is {@link SentimentSummary#toByteArray()}, version 2.
 */
class SentimentAccumulatorContractTest
        extends AccumulatorContract<SentimentAccumulator, SentimentSummary, double[]> {

    @Override
    protected SentimentAccumulator create() {
        return SentimentAccumulator.create();
    }

    @Override
    protected double[] data(Trial trial, int size) {
        double[] scores = new double[size];
        for (int i = 0; i < size; i++) {
            scores[i] = trial.random().nextInt(4) == 0 ? 0 : trial.doubleIn(-1, 1);
        }
        return scores;
    }

    @Override
    protected void addEach(SentimentAccumulator accumulator, double[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            accumulator.add(data[i]);
        }
    }

    /** No column method: through the summary of the batch merged in. */
    @Override
    protected void addBatch(SentimentAccumulator accumulator, double[] data, int from, int to) {
        SentimentAccumulator batch = create();
        addEach(batch, data, from, to);
        accumulator.merge(batch.snapshot());
    }

    @Override
    protected void merge(SentimentAccumulator into, SentimentAccumulator other) {
        into.merge(other);
    }

    @Override
    protected SentimentSummary snapshot(SentimentAccumulator accumulator) {
        return accumulator.snapshot();
    }

    @Override
    protected SentimentSummary collect(double[] data, int size, boolean parallel) {
        DoubleStream stream = Arrays.stream(data, 0, size);
        return (parallel ? stream.parallel() : stream)
                .boxed()
                .collect(SentimentAccumulator.toSummary());
    }

    @Override
    protected List<byte[]> encode(SentimentSummary summary) {
        return List.of(summary.toByteArray());
    }

    @Override
    protected SentimentSummary decode(List<byte[]> parts) {
        return SentimentSummary.fromByteArray(parts.get(0));
    }

    @Override
    protected SentimentSummary combine(SentimentSummary first, SentimentSummary second) {
        return first.merge(second);
    }

    @Override
    protected byte version() {
        return 2;
    }

    /** The number of comments, after the magic and version. */
    @Override
    protected OptionalInt firstCountOffset(byte[] firstPart) {
        return OptionalInt.of(4 + 1);
    }
}
